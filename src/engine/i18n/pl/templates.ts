import type { Messages } from '../types';

const MONTHS = ['', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

/** Ready texts (acknowledgement, out of office, summons) in Polish. Keys: `template.*`. */
export const templates: Messages = {
  'template.date': (d) => `${String(d.day).padStart(2, '0')}.${MONTHS[Number(d.month)]}.${d.year} r.`,
  'template.greeting': 'Szanowni Państwo,',
  'template.closing': 'Z poważaniem',
  'template.phone': 'tel. {phone}',
  'template.email': 'e-mail {email}',
  'template.acknowledgement.body': 'potwierdzam otrzymanie Państwa wiadomości z dnia {received}',
  'template.acknowledgement.reference': 'Sprawie nadano znak {reference} – prosimy powoływać się na niego w dalszej korespondencji.',
  'template.acknowledgement.replyBy': 'Odpowiedź przekażemy niezwłocznie, nie później niż do {replyBy}',
  'template.outOfOffice.body':
    'dziękuję za wiadomość. Do {returnDate} włącznie przebywam poza urzędem i odpowiem po powrocie. ' +
    'W pilnych sprawach proszę kontaktować się z osobą zastępującą: {substitute}, {contact}.',
  'template.summons.body':
    'uprzejmie proszę o osobiste stawiennictwo w urzędzie{matter} {when}, w pokoju nr {room}. ' +
    'Sprawę prowadzi {name}, tel. {phone}. Gdyby termin Państwu nie odpowiadał, proszę o kontakt telefoniczny.',
  'template.summons.matter': ' w sprawie {matter}',
  'template.summons.appointment': 'w dniu {date} o godz. {time}',
  'template.summons.hours': 'w godzinach pracy urzędu ({hours})',
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
