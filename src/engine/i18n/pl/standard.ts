import type { MessageData } from '../../types';
import type { Messages } from '../types';

/** Signature fields that signature-outdated compares with the policy. */
const OUTDATED_FIELDS: Record<string, string> = { address: 'adres', phone: 'telefon', registry: 'dane rejestrowe' };

/** "address,phone" with the policy's values -> "adres (aktualny: ul. …), telefon (aktualny: …)". */
function outdatedList(d: MessageData): string {
  return String(d.fields ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => (d[f] ? `${OUTDATED_FIELDS[f] ?? f} (aktualny: ${d[f]})` : (OUTDATED_FIELDS[f] ?? f)))
    .join(', ');
}

/** standard messages in Polish. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const standard: Messages = {
  'tone-difficult/client-wrong':
    '„{phrase}” – nie pisz klientowi, że nie ma racji (standard obsługi klienta: trudne sytuacje; § 12 ust. 2 pkt 3). Zamiast tego wyjaśnij, co mówi przepis i na jakiej podstawie, np. „Zgodnie z art. … sprawa wygląda następująco: …”.',
  'tone-difficult/calm-down':
    '„{phrase}” – nie proś klienta, żeby się uspokoił: to zaognia sytuację (standard obsługi klienta: trudne sytuacje). Napisz, że rozumiesz jego zdenerwowanie i że zależy Ci na szybkim rozwiązaniu sprawy, np. „Rozumiem, że sytuacja jest uciążliwa. Zrobię wszystko, by sprawę wyjaśnić”.',
  'tone-difficult/blame':
    '„{phrase}” – nie zrzucaj winy na innych pracowników ani wydziały. Jeśli urząd popełnił błąd, przeproś w jego imieniu i napisz, jak go naprawisz, np. „Przepraszamy za pomyłkę. Poprawioną decyzję wyślemy do …”.',
  'tone-difficult/criticise-law':
    '„{phrase}” – nie krytykuj obowiązujących przepisów ani procedur (§ 12 ust. 2 pkt 4). Wyjaśnij, z czego wynika wymóg i co klient może zrobić, np. „Ten wymóg wynika z art. …. Aby załatwić sprawę, wystarczy …”.',

  'fee-details/amount':
    'Wiadomość prosi o zapłatę („{word}”), ale nie podaje kwoty. Napisz, ile trzeba zapłacić, np. „17 zł”.',
  'fee-details/method':
    'Wiadomość prosi o zapłatę („{word}”), ale nie mówi, jak i gdzie zapłacić. Podaj numer rachunku urzędu albo miejsce (np. kasa urzędu, pokój nr …), a przy przelewie – co wpisać w tytule.',

  'signature-outdated/outdated': (d) =>
    `Podpis ma nieaktualne dane urzędu: ${outdatedList(d)}. Wstaw aktualny podpis (standard: zapewnij aktualność danych w korespondencji).`,

  'recipients-new-domain/newDomain':
    'Adres {address} jest z domeny {domain}, której nie było w dotychczasowej korespondencji. Sprawdź, czy to właściwy odbiorca i czy w adresie nie ma literówki.',

  'recipients-lookalike/lookalike':
    'Domena adresu {address} („{domain}”) różni się jednym znakiem od „{resembles}”. Sprawdź, czy to nie literówka – wiadomość może trafić do obcej osoby.',

  'case-reference-missing/missing':
    'Ani temat, ani treść nie podaje znaku sprawy (np. KT.5430.112.2026). Dopisz go, by odbiorca mógł się na niego powołać.',
};
