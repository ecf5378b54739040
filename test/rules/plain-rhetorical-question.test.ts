import { countFindings, ruleTester } from '../support/rule-tester';
import { correspondence } from '../support/office-letters';
import { rule } from '../../src/engine/rules/plain-rhetorical-question';

const citizen = { name: 'Jan Kamiński', address: 'jan.kaminski@interia.pl' };
const clerk = { name: 'Beata Lewandowska', address: 'b.lewandowska@gmina-dobrodzien.example.pl' };
const sender = { name: 'Beata Lewandowska', position: 'Podinspektor', department: 'Referat Gospodarki Nieruchomościami' };
const SIGNATURE = '\n\nZ poważaniem\nBeata Lewandowska\nPodinspektor\nReferat Gospodarki Nieruchomościami\ntel. 34 357 50 12';

const { letter, reply } = correspondence({
  clerk,
  citizen,
  sender,
  signature: SIGNATURE,
  letterSubject: 'Podział działki nr 123/4 – znak GN.6831.7.2026',
  topic: 'Podział działki',
  sent: 'piątek, 20 listopada 2026 07:55',
});

ruleTester(rule, {
  valid: [
    { name: 'a polite request as a question', message: letter('Szanowny Panie,\nczy może Pan przesłać mapę z projektem podziału do 4 grudnia?') },
    { name: 'a question about a date', message: letter('Szanowny Panie,\nkiedy może Pan przyjść do urzędu, aby podpisać protokół?') },
    { name: 'polite conditional: "Czy nie mógłby Pan …?"', message: letter('Szanowny Panie,\nczy nie mógłby Pan przyjść w czwartek zamiast w środę?') },
    { name: 'polite conditional: "Czy nie byłoby możliwe …?"', message: letter('Szanowny Panie,\nczy nie byłoby możliwe przesunięcie wizji lokalnej na 9 grudnia?') },
    { name: 'a check of a fact: "Czy nie otrzymał Pan …?"', message: letter('Szanowny Panie,\nwysłaliśmy decyzję 10 listopada. Czy nie otrzymał Pan jej do dziś?') },
    { name: 'a procedure question answered at once', message: letter('Szanowny Panie,\njak można złożyć wniosek? Osobiście w pokoju 5 albo przez ePUAP.') },
    { name: '"nie" after "czy" without a question mark is a statement', message: letter('Szanowny Panie,\nsprawdzimy, czy nie ma przeszkód do podziału działki.') },
    { name: '"po co" in an explanation, not a question', message: letter('Szanowny Panie,\nwyjaśniam, po co potrzebna jest mapa: na jej podstawie geodeta wyznacza granice.') },
    { name: 'a rhetorical question only in the quoted message', message: reply('Szanowny Panie,\ndecyzję wydamy do 15 grudnia.', 'Jak można tak długo zwlekać? Czy nie rozumiecie, że czekam od pół roku?') },
    { name: 'quoted with "> " lines', message: { ...letter('Szanowny Panie,\ndziękuję za cierpliwość.'), bodyText: `Szanowny Panie,\ndziękuję za cierpliwość.${SIGNATURE}\n\nDnia 19.11.2026 o 16:20 Jan Kamiński napisał(a):\n> Po co mi ta mapa?\n> Czyż to nie absurd?` } },
    { name: 'ordinary "Czy" question about the citizen’s plans', message: letter('Szanowny Panie,\nczy planuje Pan podział na dwie czy trzy działki?') },
    { name: 'a polite question asking about purpose of a document', message: letter('Szanowny Panie,\npyta Pan, po co potrzebny jest wypis z rejestru gruntów? Jest wymagany przez art. 97 ustawy.') },
  ],
  invalid: [
    { name: 'Czy nie …?', message: letter('Szanowny Panie,\nczy nie prościej było złożyć wniosek od razu z mapą?'), errors: [{ messageId: 'rhetorical', at: 'czy nie prościej było złożyć wniosek od razu z mapą?', data: { phrase: 'czy nie' }, fix: null }] },
    { name: 'Czyż …?', message: letter('Szanowny Panie,\nCzyż nie napisaliśmy tego w poprzednim piśmie?'), errors: [{ messageId: 'rhetorical', at: 'Czyż nie napisaliśmy tego w poprzednim piśmie?' }] },
    { name: '"Czy nie byłoby prościej …?" reproaches', message: letter('Szanowny Panie,\nczy nie byłoby prościej od razu dołączyć mapę do wniosku?'), errors: [{ messageId: 'rhetorical', data: { phrase: 'czy nie' } }] },
    { name: 'Jak można …?', message: letter('Szanowny Panie,\njak można było przeoczyć termin podany w decyzji?'), errors: [{ messageId: 'rhetorical', data: { phrase: 'jak można' } }] },
    { name: 'Kto by …?', message: letter('Szanowny Panie,\nkto by czytał wszystkie pouczenia?'), errors: [{ messageId: 'rhetorical', at: 'kto by czytał wszystkie pouczenia?' }] },
    { name: 'Czy naprawdę …?', message: letter('Szanowny Panie,\nczy naprawdę trzeba tłumaczyć to po raz trzeci?'), errors: [{ messageId: 'rhetorical', data: { phrase: 'czy naprawdę' } }] },
    { name: 'Czy Pan nie rozumie …?', message: letter('Szanowny Panie,\nczy Pan nie rozumie, że bez mapy nie możemy wydać decyzji?'), errors: [{ messageId: 'rhetorical', data: { phrase: 'czy Pan nie rozumie' } }] },
    { name: 'Po co …?', message: letter('Szanowny Panie,\npo co Pan pisze kolejną skargę, skoro decyzja jest ostateczna?'), errors: [{ messageId: 'rhetorical', data: { phrase: 'po co' } }] },
    { name: 'after a comma: "Skoro …, po co …?"', message: letter('Szanowny Panie,\nskoro termin minął, po co składać kolejne pismo?'), errors: [{ messageId: 'rhetorical', at: 'skoro termin minął, po co składać kolejne pismo?' }] },
    { name: 'with a lead-in "A"', message: letter('Szanowny Panie,\ndecyzja jest ostateczna. A czy nie mówiliśmy o tym w sierpniu?'), errors: [{ messageId: 'rhetorical', at: 'A czy nie mówiliśmy o tym w sierpniu?' }] },
    { name: 'Ile razy …?', message: letter('Szanowny Panie,\nile razy mamy przypominać o terminie?'), errors: [{ messageId: 'rhetorical', data: { phrase: 'ile razy' } }] },
    { name: 'typed without Polish letters, ending "?!"', message: letter('Dzien dobry,\nczy to takie trudne przeczytac pouczenie?!'), errors: [{ messageId: 'rhetorical', at: 'czy to takie trudne przeczytac pouczenie?!' }] },
    { name: 'reply: the own text only, one finding per sentence', message: reply('Szanowny Panie,\nczy Pan w ogóle przeczytał decyzję? Termin minął 5 listopada.', 'Czy nie można szybciej? Po co te wszystkie papiery?'), errors: [{ messageId: 'rhetorical', at: 'czy Pan w ogóle przeczytał decyzję?' }] },
    {
      name: 'Outlook HTML reply',
      message: {
        from: clerk,
        to: [citizen],
        sender,
        composeType: 'reply' as const,
        subject: 'RE: Podział',
        bodyHtml:
          '<html><body><p class="MsoNormal">Szanowny Panie,</p><p class="MsoNormal">Czy nie widzi Pan, że wniosek jest niepodpisany?</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Kamiński<br><b>Temat:</b> Podział</div><p>Jak można tak traktować ludzi?</p></body></html>',
      },
      errors: [{ messageId: 'rhetorical', at: 'Czy nie widzi Pan, że wniosek jest niepodpisany?' }],
    },
  ],
});

test('plain-rhetorical-question on a 1 MB body of look-alikes reports the findings of every line', () => {
  const line = 'a, '.repeat(60) + 'a a czy nie czy Pan nie nie rozumie po co a, a?\n';
  const lines = Math.ceil(1_000_000 / line.length);
  const count = (text: string) => countFindings(rule, text);
  expect(count(line)).toBeGreaterThan(0);
  expect(count(line.repeat(lines))).toBe(count(line) * lines);
});
