import type { Messages } from '../types';
import { plForm } from '../plural';

const n = (v: unknown) => Number(v ?? 0);
const wiadomosci = (c: number) => `${c} ${plForm(c, 'wiadomość', 'wiadomości', 'wiadomości')}`;

/** `etykieta audit` and its report, in Polish. Keys: `cli.audit.<name>`. */
export const audit: Messages = {
  'cli.audit.help':
    'Użycie: {program} audit [opcje] ŚCIEŻKA...\n\n' +
    'ŚCIEŻKA: folder (przeszukiwany rekurencyjnie) z plikami .eml i .msg, plik mbox albo eksport Outlooka .pst/.ost.\n' +
    'Sprawdzane są tylko wiadomości wysłane przez urząd (nadawca w domenie urzędu), tymi samymi regułami co „check”.\n\n' +
    '  --out FOLDER      gdzie zapisać report.html, report.json i findings.csv (domyślnie: etykieta-audyt)\n' +
    '  --policy PLIK     polityka urzędu (JSON); jej internalDomains i organization.email wyznaczają urząd\n' +
    '  --domain DOMENA   domena urzędu (także kilka po przecinku), gdy polityka jej nie podaje\n' +
    '  --since RRRR-MM-DD, --until RRRR-MM-DD   tylko wiadomości z tych dni (czas polski, włącznie)\n' +
    '  --jobs N          liczba wątków (domyślnie: liczba rdzeni; 0 = bez wątków)\n' +
    '  --no-cache        sprawdza wszystko od nowa (pamięć podręczna: FOLDER/.etykieta-cache/)\n' +
    '  --lang pl|en      język raportu i komunikatów (domyślnie pl)\n\n' +
    'Kody wyjścia: 0 raport zapisany (nieczytelne wiadomości są wymienione w raporcie),\n' +
    '2 błąd użycia, nieczytelna ŚCIEŻKA, błędna polityka albo brak domeny urzędu.',
  'cli.audit.noPaths': 'nie podano, co sprawdzić; użycie: {program} audit [--out FOLDER] [--policy PLIK] ŚCIEŻKA...',
  'cli.audit.noOffice': 'nie wiadomo, które wiadomości wysłał urząd: podaj --policy z internalDomains (albo organization.email) lub --domain DOMENA',
  'cli.audit.badDate': '{option} musi być dniem w postaci RRRR-MM-DD, a jest „{value}”',
  'cli.audit.badRange': '--since {since} wypada po --until {until}',
  'cli.audit.badJobs': '--jobs musi być liczbą od 0 do {max}, a jest „{value}”',
  'cli.audit.badDomain': '„{value}” nie jest domeną (np. gmina.example.pl)',
  'cli.audit.cannotOpen': 'nie można otworzyć: {reason}',
  'cli.audit.notFileOrFolder': 'to nie jest ani plik, ani folder',
  'cli.audit.noWorker': 'brak pliku wątku audytu ({file}); zbuduj wiersz poleceń: npm run build:cli',
  'cli.audit.cannotWrite': 'nie można zapisać raportu w „{dir}”: {reason}',
  'cli.audit.unreadable.msg': 'plik .msg jest uszkodzony albo nie jest wiadomością Outlooka',
  'cli.audit.unreadable.pst': 'nie można odczytać elementu pliku .pst: {reason}',
  'cli.audit.unreadable.mbox': 'odczyt pliku mbox przerwany: {reason}',
  'cli.audit.notMail': 'element Outlooka, który nie jest wiadomością ({kind})',
  'cli.audit.workerFailed': 'sprawdzanie wiadomości przerwane błędem: {reason}',
  'cli.audit.progress': 'wiadomości',
  'cli.audit.done': (d) => {
    const skipped = n(d.skipped) > 0 ? `; pominięto ${n(d.skipped)} (spoza urzędu: ${n(d.notFromOffice)}, spoza okresu: ${n(d.outsideDates)}, nie-wiadomości: ${n(d.notMail)}, nieczytelne: ${n(d.unreadable)})` : '';
    const cached = n(d.cached) > 0 ? ` ${n(d.cached)} z pamięci podręcznej.` : '';
    return `Sprawdzono ${wiadomosci(n(d.messages))} urzędu: ${n(d.findings)} ${plForm(n(d.findings), 'problem', 'problemy', 'problemów')}${skipped}.${cached} Raport: ${String(d.report ?? '')}`;
  },

  'cli.audit.report.title': 'Audyt korespondencji e-mail',
  'cli.audit.report.generated': 'Wygenerowano {date} (Etykieta {version}).',
  'cli.audit.report.office': 'Wiadomości urzędu: nadawca w domenie {domains}.',
  'cli.audit.report.policy': 'Polityka: {policy}.',
  'cli.audit.report.noPolicy': 'Polityka: domyślna (bez pliku polityki).',
  'cli.audit.report.period': 'Okres: {since} – {until}.',
  'cli.audit.report.allDates': 'Okres: wszystkie daty.',
  'cli.audit.report.sources': 'Źródła',
  'cli.audit.report.privacy': 'Numery PESEL, dowodów osobistych, paszportów i rachunków są zamaskowane (widać tylko 3 ostatnie znaki). Raport nie zawiera treści wiadomości poza cytowanym fragmentem, którego dotyczy problem.',
  'cli.audit.report.totals': 'Podsumowanie',
  'cli.audit.report.messages': 'Sprawdzone wiadomości urzędu',
  'cli.audit.report.withFindings': 'Wiadomości z problemami',
  'cli.audit.report.findings': 'Problemy',
  'cli.audit.report.skipped': 'Pominięte',
  'cli.audit.report.byRule': 'Problemy według reguł',
  'cli.audit.report.rule': 'Reguła',
  'cli.audit.report.ruleWhat': 'Co sprawdza',
  'cli.audit.report.severity': 'Waga',
  'cli.audit.report.messagesAffected': 'Wiadomości',
  'cli.audit.report.byMonth': 'Według miesięcy',
  'cli.audit.report.month': 'Miesiąc',
  'cli.audit.report.noMonth': 'bez daty',
  'cli.audit.report.bySender': 'Według nadawców',
  'cli.audit.report.sender': 'Nadawca',
  'cli.audit.report.perMessage': 'Problemy na wiadomość',
  'cli.audit.report.chartMonth': 'Wykres: problemy w kolejnych miesiącach według wagi',
  'cli.audit.report.chartSender': 'Wykres: problemy według nadawców i wagi',
  'cli.audit.report.topSenders': (d) => `Wykres pokazuje ${n(d.shown)} nadawców z największą liczbą problemów (z ${n(d.total)}).`,
  'cli.audit.report.worst': (d) => `${n(d.count)} ${plForm(n(d.count), 'wiadomość', 'wiadomości', 'wiadomości')} z największą liczbą problemów`,
  'cli.audit.report.date': 'Data',
  'cli.audit.report.subject': 'Temat',
  'cli.audit.report.rules': 'Reguły',
  'cli.audit.report.noSubject': '(bez tematu)',
  'cli.audit.report.skippedHeading': 'Pominięte wiadomości',
  'cli.audit.report.skipped.notFromOffice': 'spoza urzędu (nadawca w innej domenie)',
  'cli.audit.report.skipped.outsideDates': 'spoza okresu',
  'cli.audit.report.skipped.notMail': 'elementy Outlooka, które nie są wiadomościami (spotkania, kontakty, zadania)',
  'cli.audit.report.skipped.unreadable': 'nieczytelne',
  'cli.audit.report.unreadableList': 'Nieczytelne wiadomości',
  'cli.audit.report.failedRules': 'Reguły, które zgłosiły błąd wewnętrzny (ich wyniki pominięto)',
  'cli.audit.report.none': 'Brak.',
  'cli.audit.report.noFindings': 'Żadna ze sprawdzonych wiadomości nie ma problemów.',
  'cli.audit.csv.date': 'data',
  'cli.audit.csv.sender': 'nadawca',
  'cli.audit.csv.subject': 'temat',
  'cli.audit.csv.rule': 'reguła',
  'cli.audit.csv.severity': 'waga',
  'cli.audit.csv.message': 'komunikat',
};
