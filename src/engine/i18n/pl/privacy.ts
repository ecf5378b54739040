import type { MessageData } from '../../types';
import type { Messages } from '../types';
import { plForm } from '../plural';

/** What each identifier kind is called in a sentence ("zawiera numer PESEL"). */
const KINDS: Record<string, string> = {
  pesel: 'numer PESEL',
  idCard: 'numer dowodu osobistego',
  passport: 'numer paszportu',
  account: 'numer rachunku bankowego',
  nip: 'numer NIP',
  regon: 'numer REGON',
};

const kind = (d: MessageData) => KINDS[String(d.kind)] ?? String(d.kind);

/** privacy messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const privacy: Messages = {
  'recipients-external-visible/visible': (d) => {
    const n = Number(d.count);
    const who = plForm(n, 'odbiorca zewnętrzny widzi', 'odbiorcy zewnętrzni widzą', 'odbiorców zewnętrznych widzi');
    return `${n} ${who} nawzajem swoje adresy w polach Do/DW. Przenieś ich do UDW (ukrytej kopii), aby nie ujawniać adresów osobom, które się nie znają.`;
  },
  'recipients-external-visible/list':
    'Lista dystrybucyjna „{list}” trafia do wielu osób, a każda z nich zobaczy adresy pozostałych odbiorców w polach Do/DW (a „Odpowiedz wszystkim” trafi do całej listy). Przenieś listę i odbiorców spoza urzędu do UDW.',
  'attachment-missing/missing': 'Tekst zapowiada załącznik („{word}”), ale do wiadomości nie dodano pliku. Dołącz plik albo popraw treść.',
  'sensitive-data/inOwnText': (d) =>
    `Treść wiadomości zawiera ${kind(d)} (${d.masked}), a wiadomość trafi poza urząd. Jeśli nie jest konieczny, usuń go albo zostaw tylko ostatnie cyfry.`,
  'sensitive-data/inQuote': (d) =>
    `Cytowana korespondencja zawiera ${kind(d)} (${d.masked}), a wiadomość trafi poza urząd. Usuń ten fragment cytatu, jeśli nie jest potrzebny.`,
};
