import { rule } from '../../src/engine/rules/attachment-missing';
import { ruleTester } from '../support/rule-tester';

const from = { name: 'Anna Wiśniewska', address: 'a.wisniewska@starostwo.kedzierzyn.pl' };
const to = [{ name: 'Jan Nowak', address: 'jan.nowak@gmail.com' }];
const base = { from, to, subject: 'Decyzja o rejestracji pojazdu – znak KM.5410.112.2026' };
const pdf = { name: 'decyzja_KM.5410.112.2026.pdf', size: 184_220, isInline: false };
const logo = { name: 'image001.png', size: 6_120, isInline: true };

const signature = '\n\nZ poważaniem\nAnna Wiśniewska\nInspektor\nWydział Komunikacji\nStarostwo Powiatowe w Kędzierzynie-Koźlu\ntel. 77 405 67 00';
const citizenThread =
  '\n\n-----Original Message-----\nOd: Jan Nowak <jan.nowak@gmail.com>\nWysłane: poniedziałek, 23 listopada 2026 09:12\nDo: a.wisniewska@starostwo.kedzierzyn.pl\nTemat: Rejestracja pojazdu\n\n' +
  'Dzień dobry,\nw załączniku przesyłam skan dowodu zakupu samochodu. Załączam też umowę.\nJan Nowak';
const reply = (own: string) => ({ ...base, composeType: 'reply' as const, subject: 'RE: Rejestracja pojazdu', bodyText: `${own}${signature}${citizenThread}` });

const outlookHtml = (own: string) =>
  `<html><body><div class="WordSection1"><p class="MsoNormal">Szanowny Panie,</p><p class="MsoNormal">${own}</p><p class="MsoNormal">Z poważaniem<br>Anna Wiśniewska</p></div>` +
  '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Nowak &lt;jan.nowak@gmail.com&gt;<br><b>Wysłane:</b> 20 listopada 2026<br><b>Temat:</b> Wniosek</div>' +
  '<div>Dzień dobry, w załączniku wniosek i załączniki do niego.</div></body></html>';

ruleTester(rule, {
  valid: [
    { name: 'promises the decision and the PDF is attached', message: { ...base, attachments: [pdf], bodyText: `Szanowny Panie,\nw załączniku przesyłam decyzję o rejestracji pojazdu.${signature}` } },
    { name: 'the attachment word is only in the citizen\'s quoted thread', message: { ...reply('Szanowny Panie,\ndziękuję, dokumenty są kompletne. Decyzję wydamy do 7 grudnia 2026 r.') } },
    { name: 'Outlook HTML reply: only the quote speaks of attachments', message: { ...base, composeType: 'reply', bodyHtml: outlookHtml('dziękuję za wniosek, rozpatrzymy go w ciągu 14 dni.') } },
    { name: '"bez załącznika" says there is none', message: { ...base, bodyText: `Szanowny Panie,\nwniosek wpłynął bez załącznika, dlatego prosimy o jego uzupełnienie w urzędzie.${signature}` } },
    { name: 'asking the citizen to send the attachment', message: { ...reply('Szanowny Panie,\nproszę o przesłanie załącznika w formacie PDF, plik nie otwiera się.') } },
    { name: 'the citizen\'s own attachment is meant ("Pana załącznik")', message: { ...reply('Szanowny Panie,\nPana załącznik został dołączony do akt sprawy.') } },
    { name: 'the annex of a legal act', message: { ...base, bodyText: `Szanowny Panie,\nwzór wniosku określa załącznik nr 2 do uchwały nr XII/134/2026 Rady Powiatu.${signature}` } },
    { name: 'English "no attachment needed"', message: { ...base, bodyText: 'Dear Mr Nowak,\nno attachment is needed: we have all documents.\n\nKind regards\nAnna Wiśniewska' } },
    { name: 'a pasted logo does not count, but nothing is promised either', message: { ...base, attachments: [logo], bodyText: `Szanowny Panie,\ndecyzja jest gotowa do odbioru w pokoju 12.${signature}` } },
    { name: 'English reply with the file attached', message: { ...base, attachments: [pdf], bodyText: 'Dear Mr Nowak,\nplease find attached the registration decision.\n\nKind regards\nAnna Wiśniewska' } },
    { name: 'prosimy o dosłanie brakujących załączników', message: { ...reply('Szanowny Panie,\nprosimy o dosłanie brakujących załączników do wniosku.') } },
  ],
  invalid: [
    { name: '"w załączniku" with nothing attached', message: { ...base, bodyText: `Szanowny Panie,\nw załączniku przesyłam decyzję o rejestracji pojazdu.${signature}` }, errors: [{ messageId: 'missing', data: { word: 'załączniku' }, at: 'załączniku', fix: null }] },
    { name: '"Załączam" at the start of a sentence', message: { ...base, bodyText: `Szanowny Panie,\nZałączam zaświadczenie o zameldowaniu.${signature}` }, errors: [{ messageId: 'missing', data: { word: 'Załączam' }, at: 'Załączam' }] },
    { name: '"przesyłam w załączeniu" in a reply, quote has its own attachments', message: reply('Szanowny Panie,\nprzesyłam w załączeniu pouczenie o sposobie odbioru tablic.'), errors: [{ messageId: 'missing', at: 'załączeniu' }] },
    { name: 'only an inline logo is attached', message: { ...base, attachments: [logo], bodyText: `Szanowny Panie,\nwzór pełnomocnictwa jest w załączniku.${signature}` }, errors: [{ messageId: 'missing', at: 'załączniku' }] },
    { name: 'Outlook HTML own text promises the decision', message: { ...base, composeType: 'reply', bodyHtml: outlookHtml('przesyłam w załączeniu decyzję nr 45/2026.') }, errors: [{ messageId: 'missing', data: { word: 'załączeniu' }, at: 'załączeniu' }] },
    { name: '"załączone" participle', message: { ...base, bodyText: `Szanowny Panie,\nproszę zapoznać się z załączonym wzorem wniosku.${signature}` }, errors: [{ messageId: 'missing', at: 'załączonym' }] },
    { name: 'English "attached"', message: { ...base, bodyText: 'Dear Mr Nowak,\nI have attached the certificate of residence.\n\nKind regards\nAnna Wiśniewska' }, errors: [{ messageId: 'missing', at: 'attached' }] },
    { name: 'English "enclosed"', message: { ...base, bodyText: 'Dear Mr Nowak,\nenclosed is the decision on your application.\n\nKind regards\nAnna Wiśniewska' }, errors: [{ messageId: 'missing', at: 'enclosed' }] },
    { name: 'a greeting with "Pani," before the cue is no possessive', message: { ...base, bodyText: `Szanowna Pani, załączam wezwanie do uzupełnienia braków.${signature}` }, errors: [{ messageId: 'missing', at: 'załączam' }] },
    { name: 'negated cue first, a real promise later in the sentence', message: { ...base, bodyText: `Szanowny Panie,\nnie załączam całych akt, ale w załączniku jest protokół.${signature}` }, errors: [{ messageId: 'missing', at: 'załączniku' }] },
    { name: '"dołączam" (first person)', message: { ...base, bodyText: `Szanowny Panie,\ndołączam formularz zgłoszenia zbycia pojazdu.${signature}` }, errors: [{ messageId: 'missing', at: 'dołączam' }] },
  ],
});
