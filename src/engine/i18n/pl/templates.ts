import type { Messages } from '../types';

const MONTHS = ['', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** "Pani / Pana / Państwa wiadomość", "Pani / Panu / Państwu odpowiada": agreeing with the addressee. */
const GENITIVE: Record<string, string> = { female: 'Pani', male: 'Pana', plural: 'Państwa' };
const DATIVE: Record<string, string> = { female: 'Pani', male: 'Panu', plural: 'Państwu' };
const form = (table: Record<string, string>, addressing: unknown) => table[String(addressing)] ?? table.plural;

/** Ready texts (acknowledgement, out of office, summons) in Polish. Keys: `template.*`. */
export const templates: Messages = {
  'template.date': (d) => `${String(d.day).padStart(2, '0')}.${MONTHS[Number(d.month)]}.${d.year} r.`,
  'template.greeting': 'Szanowni Państwo,',
  'template.closing': 'Z poważaniem',
  'template.phone': 'tel. {phone}',
  'template.email': 'e-mail {email}',
  'template.acknowledgement.body': (d) => `potwierdzam otrzymanie ${form(GENITIVE, d.addressing)} wiadomości z dnia ${d.received}`,
  'template.acknowledgement.reference': 'Sprawie nadano znak {reference} – prosimy powoływać się na niego w dalszej korespondencji.',
  'template.acknowledgement.replyBy': 'Odpowiedź przekażemy niezwłocznie, nie później niż do {replyBy}',
  // The return date is the first day back at work (SPEC § 9).
  'template.outOfOffice.body':
    'dziękuję za wiadomość. Obecnie przebywam poza urzędem. Wracam do pracy {returnDate} i wtedy odpowiem. ' +
    'W pilnych sprawach proszę kontaktować się z osobą zastępującą: {substitute}, {contact}.',
  'template.summons.body': (d) =>
    `uprzejmie proszę o osobiste stawiennictwo w urzędzie${d.matter} ${d.when}, w pokoju nr ${d.room}. ` +
    `Sprawę prowadzi ${d.name}, tel. ${d.phone}. Gdyby termin ${form(DATIVE, d.addressing)} nie odpowiadał, proszę o kontakt telefoniczny.`,
  'template.summons.matter': ' w sprawie {matter}',
  'template.summons.appointment': 'w dniu {date} o godz. {time}',
  'template.summons.hours': 'w godzinach pracy urzędu ({hours})',
  'template.details.name': 'Sprawę prowadzi {name}.',
  'template.details.room': 'Zapraszam do pokoju nr {room}.',
  'template.details.phone': 'Telefon kontaktowy: {phone}.',
  'template.fee.account': 'Opłatę można wpłacić na rachunek urzędu nr {account}.',
  'template.field.received': 'data wpływu',
  'template.field.replyBy': 'termin odpowiedzi',
  'template.field.returnDate': 'data powrotu',
  'template.field.substitute': 'imię i nazwisko zastępcy',
  'template.field.substituteContact': 'telefon lub e-mail zastępcy',
  'template.field.date': 'data',
  'template.field.time': 'godzina',
  'template.field.hours': 'godziny pracy',
  'template.field.room': 'numer pokoju',
  'template.field.name': 'imię i nazwisko',
  'template.field.phone': 'telefon',
};
