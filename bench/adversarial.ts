/**
 * Hostile messages of any size for the growth measurements (contract § 8, issue 21): the classic
 * triggers of super-linear work in a text pipeline — runs of every punctuation mark, of white
 * space, digits, capitals and quotes, deep and unclosed tags, one endless line — each put where
 * a citizen or a policy can put it: a line of the own text between a greeting and a closing
 * (the closing and signature detection read the last lines), the HTML body, and the headers
 * (subject, a display name, an attachment name). Used by `npm run bench` (exponent 100 KB → 1 MB)
 * and test/fuzz/adversarial.test.ts.
 */
import { createMessage, type MailMessage } from '../src/engine/model';

export type Placement = 'text' | 'text-end' | 'html' | 'headers';

export type Adversary = {
  /** Family and piece, e.g. `punctuation ".,"`. */
  name: string;
  placement: Placement;
  /** A message whose hostile part is about `bytes` long. */
  make: (bytes: number) => MailMessage;
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `piece` repeated to `bytes`, between two letters: a pattern anchored at the end must fail after the run. */
function run(piece: string, bytes: number): string {
  return `a${piece.repeat(Math.max(1, Math.ceil(bytes / piece.length)))}b`;
}

const sender = { name: 'Jan Nowak', position: 'Inspektor', department: 'Wydział Spraw Obywatelskich', phone: '77 123 45 67' };
const recipients = [{ name: 'Anna Kowalska', address: 'anna.kowalska@wp.pl' }];

function inText(hostile: string): MailMessage {
  return createMessage({
    subject: 'Informacja o wniosku',
    to: recipients,
    from: { name: 'Jan Nowak', address: 'jan.nowak@gmina.example.pl' },
    sender,
    bodyText: `Szanowna Pani,\n\nw odpowiedzi na wniosek informuję:\n${hostile}\n\nZ poważaniem\nJan Nowak\nInspektor\ntel. 77 123 45 67`,
  });
}

/** The run as the last line, no closing and no known sender: the closing and signature search reads it. */
function atTextEnd(hostile: string): MailMessage {
  return createMessage({ subject: 'Informacja o wniosku', to: recipients, from: { address: 'jan.nowak@gmina.example.pl' }, bodyText: `Szanowna Pani,\n\ninformuję:\n${hostile}` });
}

function inHtml(hostileHtml: string): MailMessage {
  return createMessage({
    subject: 'Informacja o wniosku',
    to: recipients,
    from: { name: 'Jan Nowak', address: 'jan.nowak@gmina.example.pl' },
    sender,
    composeType: 'reply',
    bodyHtml: `<html><body><p>Szanowna Pani,</p><p>${hostileHtml}</p><p>Z poważaniem</p><p>Jan Nowak<br>Inspektor</p></body></html>`,
  });
}

function inHeaders(hostile: string): MailMessage {
  return createMessage({
    subject: hostile,
    to: [{ name: hostile, address: 'anna.kowalska@wp.pl' }],
    from: { name: 'Jan Nowak', address: 'jan.nowak@gmina.example.pl' },
    sender,
    attachments: [{ name: hostile, size: 1, isInline: false }],
    bodyText: 'Szanowna Pani,\n\nprzesyłam informację.\n\nZ poważaniem\nJan Nowak',
  });
}

/** Text pieces: each becomes a run in the own text, in an HTML paragraph and in the headers. */
export const TEXT_PIECES: ReadonlyArray<[family: string, piece: string]> = [
  ...[...'.,;:!?…-–—()[]{}"\'„”“«»/\\@#*_&%+=<>|~^`$§'].map((p): [string, string] => ['punctuation', p]),
  ...['.,', '. ', ', ', '! ', '? ', '.)', '.”', ':)', ' .', ' -', '- ', '.\n', ',\n', '-\n', '--', '-- \n', '...', '?!'].map((p): [string, string] => ['punctuation', p]),
  ...[' ', '\t', ' \t', '\u00a0', '\n', '\n\n', ' \n', '\r\n', '\u2028', '\u200b', '\u3000'].map((p): [string, string] => ['whitespace', p]),
  ...['1', '12 ', '1.', '1-', '1,', '1:', '0 ', '1/', '12.03.', '+48 ', '(12) ', '1 a '].map((p): [string, string] => ['digits', p]),
  ...['A', 'AB ', 'ABC', 'Ab ', 'A.', 'A. ', 'ĄĘ ', 'PL', 'PL61 ', 'ABC123456 '].map((p): [string, string] => ['capitals', p]),
  ...['> ', '>', '"a" ', '„a” ', "'a' "].map((p): [string, string] => ['quotes', p]),
  ...[
    'a', 'ą', 'a ', 'a.', 'a@', 'a@a.', 'www.', 'http://a', 'Pan ', 'nie ', 'Szanowny Panie ', 'Z poważaniem ', 'Pozdrawiam\n',
    'Od: a@b.pl\n', 'ul. A', 'tel. 1', 'art. ', 'r. ', 'Dz.U. ', 'np. ', 'k.p.a. ', 'ds. ', 'Insp. ', '[uzupełnij: ',
  ].map((p): [string, string] => ['words', p]),
];

/** HTML pieces, repeated raw in the body: deep nesting, unclosed and mismatched tags, entities. */
export const HTML_PIECES: readonly string[] = [
  '<div>', '<b>', '<span>', '<p>', '<li>', '<td>', '<tr>', '<blockquote type="cite">', '<div id="divRplyFwdMsg">', '<a href="mailto:a@b.pl">',
  '</div>', '</p>', '</span>', '<br>', '<div><span>', '<svg>', '<div class="etykieta-signature">', '<!--', '&amp;', '&nbsp;', '&#',
  '<div id="', '<p>a</p>', '<o:p>', '<i></b>', '<table><td>',
];

function adversaries(): Adversary[] {
  const list: Adversary[] = [];
  for (const [family, piece] of TEXT_PIECES) {
    const name = `${family} ${JSON.stringify(piece)}`;
    list.push({ name, placement: 'text', make: (bytes) => inText(run(piece, bytes)) });
    list.push({ name, placement: 'text-end', make: (bytes) => atTextEnd(run(piece, bytes)) });
    list.push({ name, placement: 'html', make: (bytes) => inHtml(escapeHtml(run(piece, bytes))) });
    list.push({ name, placement: 'headers', make: (bytes) => inHeaders(run(piece, bytes)) });
  }
  for (const piece of HTML_PIECES) {
    list.push({ name: `tags ${JSON.stringify(piece)}`, placement: 'html', make: (bytes) => inHtml(piece.repeat(Math.ceil(bytes / piece.length))) });
  }
  // One endless line of prose: no line break and no sentence end for the whole size.
  const prose = 'wniosek o wydanie zaświadczenia w terminie dni roboczych opłata skarbowa ';
  list.push({ name: 'long line of words', placement: 'text', make: (bytes) => inText(prose.repeat(Math.ceil(bytes / prose.length))) });
  list.push({ name: 'long line of words', placement: 'text-end', make: (bytes) => atTextEnd(prose.repeat(Math.ceil(bytes / prose.length))) });
  list.push({ name: 'long line of words', placement: 'html', make: (bytes) => inHtml(prose.repeat(Math.ceil(bytes / prose.length))) });
  return list;
}

export const ADVERSARIES: readonly Adversary[] = adversaries();
