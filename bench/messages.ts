/**
 * Messages the bench measures: an Outlook-like HTML reply of about 3 KB with 5 recipients, and
 * the same shape grown to any size with a long quoted thread (the 1 MB case has 500
 * recipients). Text comes from a seeded generator, so every run measures the same bytes and a
 * regex cannot profit from a body that is one phrase repeated.
 */
import { createMessage, type Address, type MailMessage } from '../src/engine/model';

const WORDS = (
  'wniosek decyzja urząd gminy zaświadczenie termin dni roboczych opłata skarbowa wydział spraw obywatelskich ' +
  'postępowanie administracyjne pismo sprawa znak załącznik dokument ' +
  'przekazujemy informujemy uprzejmie prosimy o uzupełnienie braków formalnych w terminie ' +
  'pokój numer budynek ulica Rynek telefon kontakt Kowalski Nowak Wiśniewska referat ' +
  'zgodnie z art. 35 kodeksu postępowania administracyjnego oraz ustawą o samorządzie gminnym ' +
  'podatek od nieruchomości deklaracja korekta rachunek bankowy przelew 2026 r. godz. 10:00'
).split(' ');

/** Park–Miller generator: deterministic and the same in every node version. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

function sentence(rand: () => number): string {
  const n = 6 + Math.floor(rand() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rand() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 4);
  return Array.from({ length: n }, () => sentence(rand)).join(' ');
}

export function recipients(n: number, domain: string, offset = 0): Address[] {
  return Array.from({ length: n }, (_, i) => ({ name: `Osoba ${i + offset}`, address: `osoba.${i + offset}@${i % 3 === 0 ? domain : `firma${i % 17}.pl`}` }));
}

const HEAD = '<html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:"Calibri",sans-serif}</style></head><body lang="PL"><div class="WordSection1">';
const p = (text: string) => `<p class="MsoNormal">${text}<o:p></o:p></p>\n`;

function ownPart(rand: () => number): string {
  return (
    p('Szanowna Pani,') +
    p(paragraph(rand)) +
    p(`W odpowiedzi na pismo znak OR.1234.5.2026 z dnia 3 marca 2026 r. ${paragraph(rand)}`) +
    p('Z poważaniem') +
    p('<b>Jan Nowak</b><br>Inspektor<br>Wydział Spraw Obywatelskich<br>Urząd Gminy Example<br>ul. Rynek 1, 00-001 Example<br>tel. 77 123 45 67')
  );
}

function quotedMessage(rand: () => number, i: number): string {
  return (
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' +
    p(`<b>Od:</b> Anna Kowalska &lt;anna.kowalska${i}@wp.pl&gt;<br><b>Wysłane:</b> poniedziałek, 2 marca 2026 10:${String(i % 60).padStart(2, '0')}<br><b>Do:</b> Jan Nowak &lt;jan.nowak@gmina.example.pl&gt;<br><b>Temat:</b> RE: Wniosek o wydanie zaświadczenia`) +
    '</div>\n' +
    p('Dzień dobry,') +
    p(paragraph(rand)) +
    p(paragraph(rand)) +
    p('Pozdrawiam<br>Anna Kowalska')
  );
}

/** The HTML body of a reply whose quoted thread grows until the body is about `bytes` long. */
export function replyHtml(bytes: number, seed = 1): string {
  const rand = seeded(seed);
  const parts = [HEAD, ownPart(rand), '<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%"></div>\n'];
  let length = parts.join('').length;
  const tail = '</div></body></html>';
  for (let i = 0; length + tail.length < bytes; i++) {
    const q = quotedMessage(rand, i);
    parts.push(q);
    length += q.length;
  }
  parts.push(tail);
  return parts.join('');
}

export function replyMessage(bytes: number, recipientCount: number): MailMessage {
  const all = recipients(recipientCount, 'gmina.example.pl');
  return createMessage({
    from: { name: 'Jan Nowak', address: 'jan.nowak@gmina.example.pl' },
    to: all.slice(0, Math.ceil(recipientCount / 2)),
    cc: all.slice(Math.ceil(recipientCount / 2)),
    subject: 'RE: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026',
    bodyHtml: replyHtml(bytes),
    attachments: [{ name: 'decyzja.pdf', size: 120_000, isInline: false }],
    composeType: 'reply',
    sender: { name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '77 123 45 67' },
  });
}

export const KB = 1024;
export const MB = 1024 * KB;
export const typicalMessage = () => replyMessage(3 * KB, 5);
export const largeMessage = () => replyMessage(MB, 500);
