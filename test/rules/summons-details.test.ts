import { rule } from '../../src/engine/rules/summons-details';
import { ruleTester } from '../support/rule-tester';
import { summonsText } from '../../src/engine/templates';

const from = { name: 'Jan Nowak', address: 'jan.nowak@gmina.example.pl' };
const to = [{ name: 'Anna Kowalska', address: 'anna.kowalska@wp.pl' }];
const typedSignature = '\n\nZ poważaniem\nJan Nowak\nInspektor\nWydział Spraw Obywatelskich\nUrząd Gminy Example\nul. Rynek 1, 58-500 Example, pok. 12\ntel. 75 123 45 67';
const quote = '\n\nOd: Anna Kowalska <anna.kowalska@wp.pl>\nWysłane: 2 marca 2026\nDo: jan.nowak@gmina.example.pl\nTemat: Wniosek\n\n';
const clerk = { name: 'Jan Nowak', phone: '75 123 45 67', room: '12' };
const msg = (bodyText: string) => ({ from, to, subject: 'Wezwanie – znak OR.5430.12.2026', bodyText });

ruleTester(rule, {
  valid: [
    { name: 'all four details in the text', message: msg('Szanowna Pani,\nwzywam Panią do osobistego stawiennictwa w Urzędzie Gminy Example, pok. 12, w dniu 15.03.2026 o godz. 10:00. Sprawę prowadzi Jan Nowak, tel. 75 123 45 67.') },
    { name: 'room and time in the text, name and phone in the signature', message: msg(`Szanowna Pani,\nproszę o osobiste stawiennictwo w pokoju nr 12 w poniedziałek 16 marca o 9.30.${typedSignature}`) },
    { name: 'office hours instead of an appointment', message: msg(`Szanowna Pani,\nwzywam Panią do stawienia się w urzędzie, pok. 12, w godzinach 7:30–15:30.${typedSignature}`) },
    { name: 'no summons: a payment demand', message: msg('Szanowna Pani,\nprzesyłam wezwanie do zapłaty zaległej opłaty za wodę.') },
    { name: 'no summons: missing documents by post', message: msg('Szanowna Pani,\nw załączeniu wezwanie do uzupełnienia braków formalnych wniosku. Dokumenty można przesłać pocztą.') },
    { name: 'no summons: appearing is not needed', message: msg('Szanowna Pani,\nnie musi Pani stawiać się w urzędzie; decyzję wyślemy pocztą.') },
    { name: 'the summons is only in the quoted thread', message: { ...msg(`Szanowna Pani,\ndziękuję za informację.${quote}Wzywam do osobistego stawiennictwa.`), composeType: 'reply' as const } },
    { name: 'an ordinary reply about opening hours', message: msg('Dzień dobry,\nurząd jest czynny od poniedziałku do piątku w godzinach 7:30–15:30.') },
    { name: 'the employee named by first and last name', message: msg('Szanowni Państwo,\nwzywamy do osobistego stawiennictwa w sali nr 3 o godz. 12:00; sprawę prowadzi Ewa Lis, tel. +48 600 100 200.') },
    { name: 'no summons: "wzywam do zapłaty" asks for money', message: msg('Szanowna Pani,\nwzywam Panią do zapłaty zaległego podatku od nieruchomości w kwocie 312,00 zł w terminie 7 dni.') },
    { name: 'no summons: "wzywam do uzupełnienia braków" (art. 64 § 2 KPA) asks for documents', message: msg('Szanowna Pani,\nna podstawie art. 64 § 2 KPA wzywam Panią do uzupełnienia braków formalnych wniosku w terminie 7 dni.') },
    { name: 'no summons: the citizen need not come', message: msg('Szanowna Pani,\nnie ma Pani obowiązku stawiennictwa; decyzję doręczymy pocztą.') },
    { name: 'no summons: written explanations', message: msg('Szanowna Pani,\nwzywam Panią do złożenia pisemnych wyjaśnień w terminie 7 dni od doręczenia.') },
    { name: 'no summons: "wzywam do złożenia" a document', message: msg('Szanowna Pani,\nwzywam Panią do złożenia brakującego oświadczenia o stanie majątkowym do 10 grudnia.') },
    { name: 'no summons: "zgłosić się telefonicznie"', message: msg('Szanowna Pani,\nw razie pytań proszę się zgłosić telefonicznie lub mailowo.') },
    { name: 'the working days as a range count as office hours', message: msg(`Szanowna Pani,\nproszę zgłosić się do pokoju nr 12 od poniedziałku do piątku po odbiór dowodu osobistego.${typedSignature}`) },
    { name: "Etykieta's own summons template, with an appointment", message: msg(summonsText('pl', { date: '2026-12-03', time: '10:00', matter: 'rejestracji pojazdu', sender: clerk })) },
    { name: "Etykieta's own summons template, with office hours", message: msg(summonsText('pl', { hours: 'pon.–pt. 7:30–15:30', sender: clerk })) },
    { name: 'a visit the citizen asked for, with every detail', message: msg(`Szanowna Pani,\nzgodnie z prośbą proszę zgłosić się osobiście w pok. 7 we wtorek o godzinie 11:15.${typedSignature}`) },
  ],
  invalid: [
    {
      name: 'issue 16: room, name and phone missing and in the profile: written after the summons sentence',
      message: { ...msg('Szanowna Pani,\nproszę o osobiste stawiennictwo w urzędzie w dniu 15.03.2026 o godz. 10:00 w celu podpisania wniosku.'), sender: clerk },
      errors: [
        {
          messageId: 'missing',
          data: { missing: 'room,name,phone' },
          fix: {
            kind: 'replaceText',
            field: 'body',
            start: 108,
            end: 116,
            from: 'wniosku.',
            to: 'wniosku. Sprawę prowadzi Jan Nowak. Zapraszam do pokoju nr 12. Telefon kontaktowy: 75 123 45 67.',
            label: 'addSummonsDetails',
          },
        },
      ],
    },
    { name: 'the time is missing too: no data for it, so no fix', message: { ...msg('Szanowna Pani,\nproszę o osobiste stawiennictwo w urzędzie w celu podpisania wniosku.'), sender: clerk }, errors: [{ messageId: 'missing', data: { missing: 'room,name,phone,time' }, fix: null }] },
    { name: 'the profile lacks the room: no fix', message: { ...msg('Szanowna Pani,\nproszę o osobiste stawiennictwo o godz. 10:00 w celu podpisania wniosku.'), sender: { name: 'Jan Nowak', phone: '75 123 45 67' } }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'a room the check would not read as a number ("A-12"): no fix', message: { ...msg('Szanowna Pani,\nproszę o osobiste stawiennictwo o godz. 10:00 w celu podpisania wniosku.'), sender: { ...clerk, room: 'A-dwanaście' } }, errors: [{ messageId: 'missing', fix: null }] },
    { name: 'the summons sentence does not end in a word and full stop: no fix', message: { ...msg('Szanowna Pani,\nproszę o osobiste stawiennictwo o godz. 10:00 (w sprawie wniosku)'), sender: clerk }, errors: [{ messageId: 'missing', fix: null }] },
    {
      name: 'a summons with nothing but the date',
      message: { from: { address: 'urzad@gmina.example.pl' }, to, bodyText: 'Szanowna Pani,\nwzywam Panią do osobistego stawiennictwa w dniu 15 marca.' },
      errors: [{ messageId: 'missing', data: { missing: 'room,name,phone,time', count: 4 }, at: 'wzywam', fix: null }],
    },
    {
      name: 'missing the room (signature gives name and phone)',
      message: msg(`Szanowna Pani,\nwzywam Panią do stawienia się w urzędzie 15.03.2026 o godz. 10:00.${typedSignature.replace(', pok. 12', '')}`),
      errors: [{ messageId: 'missing', data: { missing: 'room', count: 1 } }],
    },
    {
      name: 'missing the time',
      message: msg(`Szanowna Pani,\nwzywam Panią do osobistego stawiennictwa w pok. 12.${typedSignature}`),
      errors: [{ messageId: 'missing', data: { missing: 'time', count: 1 } }],
    },
    {
      name: 'missing the phone and the name (no signature)',
      message: { from: { address: 'sekretariat@gmina.example.pl' }, to, bodyText: 'Szanowna Pani,\nproszę o osobiste stawiennictwo w pokoju 12 o godz. 9:00.' },
      errors: [{ messageId: 'missing', data: { missing: 'name,phone', count: 2 } }],
    },
    {
      name: '"wzywa się" in an impersonal summons; the citizen\'s name is not the employee\'s',
      message: msg('Wzywa się Panią Annę Kowalską do stawiennictwa w dniu 20 marca.'),
      errors: [{ messageId: 'missing', data: { missing: 'room,name,phone,time' } }],
    },
    {
      name: 'HTML from Outlook, no details',
      message: { from: { address: 'urzad@gmina.example.pl' }, to, bodyHtml: '<div>Szanowna Pani,</div><div>proszę zgłosić się osobiście w urzędzie.</div>' },
      errors: [{ messageId: 'missing', data: { count: 4 } }],
    },
    {
      name: 'written without Polish letters',
      message: msg('Szanowna Pani,\nwzywam do stawiennictwa w pok. 5, sprawe prowadzi Jan Nowak.'),
      errors: [{ messageId: 'missing', data: { missing: 'phone,time' } }],
    },
    {
      name: 'a reply that summons, with the quote giving a room that does not count',
      message: { ...msg(`Szanowna Pani,\nwzywam Panią do osobistego stawiennictwa.${quote}Byłam już w pok. 12 o godz. 10:00.`), composeType: 'reply' as const },
      errors: [{ messageId: 'missing', data: { missing: 'room,name,phone,time' } }],
    },
    {
      name: 'plural summons to a family',
      message: msg('Szanowni Państwo,\nwzywamy Państwa do stawienia się w Urzędzie Stanu Cywilnego, tel. 75 111 22 33.'),
      errors: [{ messageId: 'missing', data: { missing: 'room,name,time' } }],
    },
    {
      name: '"stawienie się" as a noun, no details',
      message: { from: { address: 'komunikacja@gmina.example.pl' }, to, bodyText: 'Szanowna Pani,\nuprzejmie proszę o stawienie się w Wydziale Komunikacji w celu odbioru prawa jazdy.' },
      errors: [{ messageId: 'missing', data: { missing: 'room,name,phone,time', count: 4 }, at: 'stawienie się' }],
    },
    {
      name: '"zgłosić się do urzędu" to sign a contract, missing the time',
      message: msg(`Szanowna Pani,\nproszę zgłosić się do Urzędu Gminy w celu podpisania umowy dzierżawy.${typedSignature}`),
      errors: [{ messageId: 'missing', data: { missing: 'time', count: 1 }, at: 'zgłosić się do Urzędu' }],
    },
    {
      name: 'a summons to appear and give explanations is a summons, though "wzywam do złożenia" alone is not',
      message: msg(`Szanowna Pani,\nwzywam Panią do stawienia się w pok. 12 w celu złożenia wyjaśnień w sprawie.${typedSignature}`),
      errors: [{ messageId: 'missing', data: { missing: 'time', count: 1 }, at: 'wzywam' }],
    },
    {
      name: "the summons template without the clerk's room and phone (placeholders left in)",
      message: msg(summonsText('pl', { date: '2026-12-03', time: '10:00', sender: { name: 'Jan Nowak' } })),
      errors: [{ messageId: 'missing', data: { missing: 'room,phone', count: 2 } }],
    },
    {
      name: '"wzywam do złożenia wyjaśnień": the standard\'s own case (explanations given in person)',
      message: msg(`Szanowna Pani,\nna podstawie art. 50 § 1 KPA wzywam Panią do złożenia wyjaśnień w sprawie w dniu 9 grudnia 2026 r. o godz. 11:00.${typedSignature.replace(', pok. 12', '')}`),
      errors: [{ messageId: 'missing', data: { missing: 'room', count: 1 }, at: 'wzywam' }],
    },
    {
      name: 'a witness summoned to testify',
      message: { from: { address: 'urzad@gmina.example.pl' }, to, bodyText: 'Szanowna Pani,\nwzywam Panią w charakterze świadka w sprawie rozgraniczenia działek, w pok. 21 o godz. 9:00.' },
      errors: [{ messageId: 'missing', data: { missing: 'name,phone', count: 2 }, at: 'wzywam' }],
    },
    {
      name: '"osobiście w wydziale": collecting a document in person',
      message: msg(`Szanowna Pani,\nnowy dowód osobisty odbierze Pani osobiście w Wydziale Spraw Obywatelskich.${typedSignature}`),
      errors: [{ messageId: 'missing', data: { missing: 'time', count: 1 }, at: 'osobiście w Wydziale' }],
    },
    {
      name: 'a weekday without an hour is no time',
      message: msg(`Szanowna Pani,\nproszę o osobiste stawiennictwo w pok. 12 we wtorek.${typedSignature}`),
      errors: [{ messageId: 'missing', data: { missing: 'time' } }],
    },
  ],
});
