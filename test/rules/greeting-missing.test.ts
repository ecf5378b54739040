import { rule } from '../../src/engine/rules/greeting-missing';
import { ruleTester } from '../support/rule-tester';

const clerk = { name: 'Marta Zielińska', address: 'm.zielinska@ug.example.pl' };
const sender = { name: 'Marta Zielińska', position: 'Podinspektor', department: 'Referat Podatków', phone: '77 481 22 10' };
const signature = 'Marta Zielińska\nPodinspektor\nReferat Podatków\nUrząd Gminy Example\ntel. 77 481 22 10';
const anna = { name: 'Anna Kowalska', address: 'anna.kowalska@gmail.com' };
const piotr = { name: 'Nowak Piotr', address: 'pnowak@wp.pl' };
const secretariat = { name: 'Sekretariat', address: 'sekretariat@starostwo.example.pl' };
const base = { from: clerk, sender, to: [anna], subject: 'Podatek od nieruchomości – znak FN.3120.45.2026' };
/** An Outlook reply: our short signature, then the citizen's message under divRplyFwdMsg. */
const outlookReply = (own: string, quotedGreeting: string) =>
  `${own}<div id="etykieta-signature" class="etykieta-signature" data-variant="short"><p>Marta Zielińska<br>Podinspektor<br>tel. 77 481 22 10</p></div>` +
  `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Anna Kowalska &lt;anna.kowalska@gmail.com&gt;<br><b>Wysłane:</b> piątek, 20 listopada 2026 09:41<br><b>Temat:</b> Podatek od nieruchomości</div>` +
  `<div>${quotedGreeting}</div><div>proszę o informację, do kiedy mam zapłacić drugą ratę.</div><div>Anna Kowalska</div>`;

ruleTester(rule, {
  valid: [
    { name: 'formal greeting on the first line', message: { ...base, bodyText: `Szanowna Pani,\ndruga rata jest płatna do 15 listopada.\n\nZ poważaniem\n${signature}` } },
    { name: 'greeting on the 2nd line after a blank line', message: { ...base, bodyText: `\nDzień dobry,\nprzesyłam decyzję w sprawie podatku.\n\nZ poważaniem\n${signature}` } },
    { name: 'greeting and text on one line', message: { ...base, bodyText: `Dzień dobry, w odpowiedzi na wniosek z 12 listopada informuję, że decyzja jest do odbioru.\n\n${signature}` } },
    {
      name: 'Outlook reply whose own text opens with a greeting',
      message: { ...base, composeType: 'reply', bodyHtml: outlookReply('<div>Szanowna Pani,</div><div>druga rata jest płatna do 15 listopada.</div><div>Z poważaniem</div>', 'Dzień dobry,') },
    },
    { name: 'Outlook HTML with an empty paragraph before the greeting', message: { ...base, bodyHtml: '<p>&nbsp;</p><p>Szanowna Pani,</p><p>decyzja jest do odbioru w pokoju 14.</p><p>Z poważaniem</p>' } },
    { name: 'English greeting', message: { ...base, to: [{ name: 'John Smith', address: 'john.smith@example.com' }], bodyText: `Dear Mr Smith,\nthe certificate is ready.\n\nKind regards\n${signature}` } },
    { name: 'greeting with a title', message: { ...base, to: [secretariat], bodyText: 'Szanowny Panie Starosto,\nprzesyłam sprawozdanie za III kwartał.\n\nZ wyrazami szacunku\nMarta Zielińska' } },
    { name: 'old-fashioned "Wielce Szanowny Panie"', message: { ...base, to: [piotr], bodyText: 'Wielce Szanowny Panie,\ndziękujemy za zgłoszenie.\n\nZ poważaniem\nMarta Zielińska' } },
    { name: 'mailing in Bcc opening with "Szanowni Państwo"', message: { ...base, to: [], bcc: [anna, piotr], bodyText: 'Szanowni Państwo,\nprzypominamy o terminie płatności raty podatku.\n\nZ poważaniem\nMarta Zielińska' } },
    { name: 'an informal greeting is still a greeting (greeting-informal reports it)', message: { ...base, bodyText: 'Witam,\nrata jest płatna do 15 listopada.\n\nPozdrawiam\nMarta Zielińska' } },
    { name: 'bare forward: nothing written yet', message: { ...base, composeType: 'forward', bodyText: '\n\n-----Original Message-----\nFrom: Anna Kowalska <anna.kowalska@gmail.com>\nSent: Friday\nSubject: Podatek\n\nDzień dobry, proszę o informację.' } },
    { name: 'English "Hello"', message: { ...base, bodyText: 'Hello,\nplease find the tax decision attached.\n\nKind regards\nMarta Zielińska' } },
  ],
  invalid: [
    {
      name: 'new message that opens with the matter, to a woman',
      message: { ...base, bodyText: `W odpowiedzi na Pani wniosek informuję, że decyzja jest do odbioru.\n\nZ poważaniem\n${signature}` },
      errors: [{ messageId: 'missing', at: 'W odpowiedzi na Pani wniosek informuję, że decyzja jest do odbioru.', fix: { kind: 'insertGreeting', text: 'Szanowna Pani,' } }],
    },
    {
      name: 'Outlook reply: only the quoted message has a greeting; "Nazwisko Imię" of a man',
      message: { ...base, to: [piotr], composeType: 'reply', bodyHtml: outlookReply('<div>Informuję, że druga rata jest płatna do 15 listopada.</div><div>Z poważaniem</div>', 'Dzień dobry,') },
      errors: [{ messageId: 'missing', at: 'Informuję, że druga rata jest płatna do 15 listopada.', fix: { kind: 'insertGreeting', text: 'Szanowny Panie,' } }],
    },
    {
      name: 'plain-text reply with a "> " quote that opens with "Szanowni Państwo"',
      message: { ...base, to: [{ name: 'KOWALSKI Jan', address: 'jan.kowalski@o2.pl' }], composeType: 'reply', bodyText: 'Proszę o uzupełnienie wniosku o kopię aktu notarialnego.\n\nZ poważaniem\nMarta Zielińska\n\n> Szanowni Państwo,\n> w załączeniu wniosek.\n> Jan Kowalski' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowny Panie,' } }],
    },
    { name: 'to an office mailbox', message: { ...base, to: [secretariat], bodyText: 'Przesyłam zestawienie wpłat za październik.\n\nZ poważaniem\nMarta Zielińska' }, errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Dzień dobry,' } }] },
    {
      name: 'to two citizens',
      message: { ...base, to: [anna, piotr], bodyText: 'Informuję, że oględziny nieruchomości odbędą się 2 grudnia.\n\nZ poważaniem\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowni Państwo,' } }],
    },
    { name: 'to an address without a name', message: { ...base, to: [{ address: 'jk1977@wp.pl' }], bodyText: 'Decyzja jest do odbioru w pokoju 14.\n\nZ poważaniem\nMarta Zielińska' }, errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Dzień dobry,' } }] },
    {
      name: 'English text gets an English greeting',
      message: { ...base, to: [{ name: 'John Smith', address: 'john.smith@example.com' }], bodyText: 'Thank you for your letter. We will reply within one month.\n\nKind regards\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Dear Mr Smith,' } }],
    },
    {
      name: 'Outlook "Kowalska, Anna" display name',
      message: { ...base, to: [{ name: 'Kowalska, Anna', address: 'akowalska@interia.pl' }], bodyHtml: '<div>Przesyłam decyzję w sprawie ulgi.</div><div>Z poważaniem</div><div>Marta Zielińska</div>' },
      errors: [{ messageId: 'missing', at: 'Przesyłam decyzję w sprawie ulgi.', fix: { kind: 'insertGreeting', text: 'Szanowna Pani,' } }],
    },
    {
      name: 'Ukrainian citizen',
      message: { ...base, to: [{ name: 'Oksana Shevchenko', address: 'oksana.shevchenko@ukr.net' }], bodyText: 'Zaświadczenie o wysokości podatku jest gotowe.\n\nZ poważaniem\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowna Pani,' } }],
    },
    {
      name: 'a citizen and a secretariat in To: one person',
      message: { ...base, to: [anna, secretariat], bodyText: 'Przekazuję sprawę do Starostwa zgodnie z właściwością.\n\nZ poważaniem\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowna Pani,' } }],
    },
    {
      name: '"Kuba" is a man',
      message: { ...base, to: [{ name: 'Kuba Wróbel', address: 'kuba.wrobel@gmail.com' }], bodyText: 'Termin płatności został przedłużony.\n\nZ poważaniem\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowny Panie,' } }],
    },
    {
      name: 'mailing to residents in Bcc',
      message: { ...base, to: [], bcc: [anna, piotr, { address: 'e.lis@o2.pl' }], bodyText: 'Przypominamy o terminie płatności raty podatku.\n\nZ poważaniem\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowni Państwo,' } }],
    },
    {
      name: 'a word that only begins like a greeting ("Hilary")',
      message: { ...base, to: [piotr], bodyText: 'Hilary Nowak złożył wniosek w Pana imieniu.\n\nZ poważaniem\nMarta Zielińska' },
      errors: [{ messageId: 'missing', fix: { kind: 'insertGreeting', text: 'Szanowny Panie,' } }],
    },
  ],
});
