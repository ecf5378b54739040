import type { Messages } from '../types';
import { plForm } from '../plural';

const n = (v: unknown) => Number(v ?? 0);

/** Command-line texts in Polish. Keys: `cli.<name>`. */
export const cli: Messages = {
  'cli.help.main': 'Użycie: {program} <polecenie> [opcje]   (--lang pl|en, --help przy każdym poleceniu, --version)\n\nPolecenia:',
  'cli.help.more': 'Szczegóły: {program} <polecenie> --help',
  'cli.noCommand': 'nie podano polecenia; zobacz „{program} --help”',
  'cli.unknownCommand': 'nieznane polecenie „{name}”; zobacz „{program} --help”',
  'cli.unknownOption': 'nieznana opcja „{name}”; zobacz „{program} --help”',
  'cli.missingValue': 'opcja „{name}” wymaga wartości',
  'cli.unexpectedValue': 'opcja „{name}” nie przyjmuje wartości',
  'cli.missingOption': 'brak wymaganej opcji „{name}”',
  'cli.unexpectedArgument': 'nieoczekiwany argument „{name}”',
  'cli.badLang': 'język musi być „pl” albo „en”',
  'cli.internalError': 'błąd wewnętrzny: {reason}',

  'cli.check.summary': 'sprawdza pliki .eml ze standardem korespondencji',
  'cli.check.help':
    'Użycie: {program} check [opcje] PLIK.eml... (także wzorce, np. "poczta/**/*.eml")\n\n' +
    '  --json              wynik w JSON: [{ path, findings: [{ ruleId, severity, message, fix?, line?, column? }], error? }]\n' +
    '  --policy PLIK       polityka urzędu (JSON); błędna polityka kończy z kodem 2\n' +
    '  --user PLIK         dane nadawcy w JSON: name, position, department, phone, email, room\n' +
    '  --max-warnings N    kod 1 także wtedy, gdy ostrzeżeń jest więcej niż N\n' +
    '  --lang pl|en        język komunikatów (domyślnie pl)\n\n' +
    'Kody wyjścia: 0 bez błędów, 1 są błędy (lub za dużo ostrzeżeń), 2 błąd użycia, nieczytelny plik,\n' +
    'plik niebędący wiadomością albo błędna polityka (powód w jednym wierszu na stderr; w JSON pole „error”).\n' +
    'Miejsce: wiersz:kolumna w treści jako tekście (HTML po zamianie na tekst), „subject” dla tematu, „to”/„cc”/„bcc” dla odbiorców.',
  'cli.noFiles': 'nie podano plików do sprawdzenia; użycie: {program} check PLIK.eml...',
  'cli.noMatch': 'żaden plik nie pasuje do wzorca',
  'cli.badMaxWarnings': '--max-warnings musi być liczbą całkowitą nieujemną, a jest „{value}”',
  'cli.cannotRead': 'nie można odczytać pliku: {reason}',
  'cli.fs.ENOENT': 'plik nie istnieje',
  'cli.fs.EISDIR': 'to katalog, nie plik',
  'cli.fs.EACCES': 'brak uprawnień do odczytu',
  'cli.fs.ENOTREG': 'to nie jest zwykły plik (urządzenie, potok lub gniazdo), więc nie został odczytany',
  'cli.fs.EFBIG': 'plik większy niż {mb} MB',
  'cli.notMessage.empty': 'plik jest pusty, to nie jest wiadomość e-mail',
  'cli.notMessage.binary': 'plik binarny (zawiera bajty NUL), to nie jest wiadomość e-mail',
  'cli.notMessage.noHeaders': 'brak nagłówków wiadomości (np. „From:”), to nie jest plik MIME',
  'cli.notMessage.noAddressing': 'brak nagłówków From, To, Cc i Subject, to nie jest wiadomość e-mail',
  'cli.notMessage.timeout': 'analiza pliku trwała zbyt długo i została przerwana',
  'cli.notMessage.unparsable': 'nie można odczytać struktury MIME pliku',
  'cli.notMessage.tooLarge': 'plik większy niż {mb} MB, to nie jest zwykła wiadomość e-mail',
  'cli.ruleFailed': 'reguła {rule} zgłosiła błąd wewnętrzny i została pominięta',
  'cli.user.notJson': 'plik --user nie jest poprawnym JSON',
  'cli.user.notObject': 'plik --user musi zawierać obiekt JSON',
  'cli.user.unknownField': 'nieznane pole „{field}” w pliku --user (znane: {known})',
  'cli.user.notString': 'pole „{field}” w pliku --user musi być tekstem',
  'cli.policy.problem': 'błędna polityka: {path}: {message}',
  'cli.severity.error': 'błąd',
  'cli.severity.warning': 'ostrzeżenie',
  'cli.severity.info': 'wskazówka',
  'cli.summary': (d) => {
    const files = `Sprawdzono ${n(d.files)} ${plForm(n(d.files), 'plik', 'pliki', 'plików')}`;
    const problems = `${n(d.problems)} ${plForm(n(d.problems), 'problem', 'problemy', 'problemów')}`;
    const parts = `${n(d.errors)} ${plForm(n(d.errors), 'błąd', 'błędy', 'błędów')}, ${n(d.warnings)} ${plForm(n(d.warnings), 'ostrzeżenie', 'ostrzeżenia', 'ostrzeżeń')}, ${n(d.infos)} ${plForm(n(d.infos), 'wskazówka', 'wskazówki', 'wskazówek')}`;
    const failed = n(d.failed) > 0 ? `; nie udało się sprawdzić ${n(d.failed)} ${plForm(n(d.failed), 'pliku', 'plików', 'plików')}` : '';
    return `${files}: ${problems} (${parts})${failed}.`;
  },
  'cli.tooManyWarnings': (d) => `Za dużo ostrzeżeń: ${n(d.warnings)}, dozwolone najwyżej ${n(d.max)} (--max-warnings).`,

  'cli.audit.summary': 'sprawdza pocztę wysłaną przez urząd (foldery .eml/.msg, mbox, .pst) i pisze raport dla przełożonego',
  'cli.policy.summary': 'sprawdza plik polityki albo wypisuje jej schemat JSON',
  'cli.policy.help':
    'Użycie:\n  {program} policy validate PLIK.json...   sprawdza politykę; każdy błąd ze ścieżką JSON (kod 0 albo 2)\n' +
    '  {program} policy schema                  wypisuje JSON Schema polityki (dla edytorów)',
  'cli.policy.noFiles': 'nie podano plików polityki; użycie: {program} policy validate PLIK.json...',
  'cli.policy.noSubcommand': 'brak podpolecenia: validate albo schema; zobacz „{program} policy --help”',
  'cli.policy.unknownSubcommand': 'nieznane podpolecenie „{name}”: validate albo schema',
  'cli.policy.valid': 'polityka poprawna',
  'cli.policy.schemaTitle': 'Polityka Etykiety (standard korespondencji urzędu)',

  'cli.deadline.summary': 'oblicza ostatni dzień terminu odpowiedzi',
  'cli.deadline.help':
    'Użycie: {program} deadline --received RRRR-MM-DD --kind RODZAJ [--days N] [--json]\n\n' +
    'Rodzaje: {kinds}\n' +
    'Pierwszy wiersz: ostatni dzień terminu (RRRR-MM-DD); drugi: zastosowany przepis.\n' +
    'Termin w dniach nie liczy dnia doręczenia, w miesiącach kończy się w dniu o tym samym numerze;\n' +
    'sobota, niedziela i święto przesuwają koniec terminu na następny dzień roboczy (art. 57 KPA).',

  'cli.manifest.summary': 'sprawdza manifest dodatku (manifest.xml) bez połączenia z siecią',
  'cli.manifest.help':
    'Użycie: {program} manifest validate PLIK.xml... [--production]\n\n' +
    '  --production   odrzuca też adresy localhost (dla wdrażanego manifestu, np. dist/manifest.xml)\n\n' +
    'Sprawdza lokalnie to, czego wymaga Outlook: Id, Version, VersionOverrides, Runtimes, zdarzenia,\n' +
    'identyfikatory zasobów, adresy https. Kod 0: poprawny; 2: każdy błąd w osobnym wierszu na stderr.',
  'cli.manifest.noFiles': 'nie podano manifestu; użycie: {program} manifest validate PLIK.xml',
  'cli.manifest.noSubcommand': 'brak podpolecenia: validate; zobacz „{program} manifest --help”',
  'cli.manifest.unknownSubcommand': 'nieznane podpolecenie „{name}”: validate',
  'cli.manifest.problem': 'błędny manifest: {path}: {message}',
  'cli.manifest.valid': 'manifest poprawny',
  'cli.manifest.validProduction': 'manifest poprawny do wdrożenia produkcyjnego',
};
