import { readFileSync } from 'node:fs';
import { readEml } from '../../src/cli/mime/eml';
import { composeTypeOf } from '../../src/cli/mime/compose-type';
import { sniffMessage } from '../../src/cli/mime/sniff';
import type { MailMessage } from '../../src/engine/model';
import { fixture } from './run-cli';

const LETTERS = 'Zażółć gęślą jaźń. ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż';

async function read(name: string): Promise<MailMessage> {
  const result = await readEml(readFileSync(fixture(name)));
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.message;
}

const eml = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');

describe('readEml: charsets and encodings', () => {
  test('windows-1250, 8bit body and RFC 2047 headers', async () => {
    const m = await read('windows-1250.eml');
    expect(m.subject).toBe('Ważne');
    expect(m.from).toEqual({ name: 'Łukasz Żółkiewski', address: 'lukasz.zolkiewski@gmina.example.pl' });
    expect(m.to).toEqual([{ name: 'Małgorzata Świętochowska', address: 'm.swietochowska@onet.pl' }]);
    expect(m.bodyText).toContain(LETTERS);
  });

  test('ISO-8859-2, quoted-printable body with soft line breaks', async () => {
    const m = await read('iso-8859-2-qp.eml');
    expect(m.subject).toBe('Decyzja w sprawie wycinki drzewa żółtej wierzby');
    expect(m.to[0].name).toBe('Łucja Śląska');
    expect(m.bodyText).toContain(LETTERS);
    // "rozpatrzony=" ends an encoded line: a soft break, joined with the next one.
    expect(m.bodyText).toContain('został rozpatrzony pozytywnie');
  });

  test('HTML-only, base64: the HTML is the body', async () => {
    const m = await read('html-only.eml');
    expect(m.bodyHtml).toContain('<p>Dzień dobry,</p>');
    expect(m.bodyText ?? '').toBe('');
  });
});

describe('readEml: sender, recipients, attachments', () => {
  test('the sender profile comes from the From display name, and --user fields win', async () => {
    const m = await read('good-reply.eml');
    expect(m.sender).toEqual({ name: 'Jan Nowak', email: 'jan.nowak@powiat.example.pl' });
    const withUser = await readEml(readFileSync(fixture('good-reply.eml')), { name: 'Jan A. Nowak', position: 'Inspektor' });
    expect(withUser.ok && withUser.message.sender).toEqual({ name: 'Jan A. Nowak', email: 'jan.nowak@powiat.example.pl', position: 'Inspektor' });
  });

  test('groups are flattened and Cc is read', async () => {
    const result = await readEml(eml('From: a@urzad.example.pl\nTo: Rada: r1@x.pl, r2@y.pl;\nCc: Ola <ola@z.pl>\nSubject: Sesja\n\nTreść\n'));
    expect(result.ok && result.message.to.map((a) => a.address)).toEqual(['r1@x.pl', 'r2@y.pl']);
    expect(result.ok && result.message.cc).toEqual([{ name: 'Ola', address: 'ola@z.pl' }]);
  });

  test('attachments keep name and size; inline and cid-related parts are inline', async () => {
    const raw = [
      'From: a@urzad.example.pl',
      'To: b@example.com',
      'Subject: Plan',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="XX"',
      '',
      '--XX',
      'Content-Type: multipart/related; boundary="YY"',
      '',
      '--YY',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Plan: <img src="cid:logo@urzad"></p>',
      '--YY',
      'Content-Type: image/png',
      'Content-ID: <logo@urzad>',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--YY--',
      '--XX',
      'Content-Type: application/pdf; name="plan.pdf"',
      'Content-Disposition: attachment; filename="plan.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--XX--',
      '',
    ].join('\n');
    const result = await readEml(eml(raw));
    if (!result.ok) throw new Error(result.reason);
    const pdf = result.message.attachments.find((a) => a.name === 'plan.pdf');
    expect(pdf).toEqual({ name: 'plan.pdf', size: 9, isInline: false });
    expect(result.message.attachments.filter((a) => a.isInline)).toHaveLength(1);
  });
});

describe('compose type (contract § 4)', () => {
  test.each([
    [{ subject: 'RE: Wniosek' }, 'reply'],
    [{ subject: 'Odp: Wniosek' }, 'reply'],
    [{ subject: 'AW: Antrag' }, 'reply'],
    [{ subject: 'Wniosek', inReplyTo: '<a@b>' }, 'reply'],
    [{ subject: 'Wniosek', references: ['<a@b>'] }, 'reply'],
    [{ subject: 'PD: Wniosek' }, 'forward'],
    [{ subject: 'Fwd: Wniosek', references: '<a@b>' }, 'forward'],
    [{ subject: 'FW: RE: Wniosek', inReplyTo: '<a@b>' }, 'forward'],
    [{ subject: 'Wniosek o zaświadczenie' }, 'new'],
    [{ subject: 'Reforma oświaty' }, 'new'],
    [{ subject: 'Wniosek', references: [] }, 'new'],
  ])('%j is %s', (headers, type) => {
    expect(composeTypeOf(headers)).toBe(type);
  });
});

describe('what is not a message', () => {
  test.each([
    ['', 'empty'],
    ['\r\n \r\n', 'empty'],
    ['Notatka ze spotkania\n\nUstalono…', 'noHeaders'],
    ['{"organization": {}}', 'noHeaders'],
  ])('%j -> %s', (text, reason) => {
    expect(sniffMessage(Buffer.from(text))).toEqual({ ok: false, reason });
  });

  test('a NUL byte means binary', () => {
    expect(sniffMessage(Buffer.from([0x46, 0x72, 0x6f, 0x6d, 0x3a, 0x00]))).toEqual({ ok: false, reason: 'binary' });
  });

  test('an mbox "From " line before the headers is accepted', () => {
    expect(sniffMessage(Buffer.from('From jan@x.pl Mon Nov 23 09:00:00 2026\nFrom: jan@x.pl\n\nx'))).toEqual({ ok: true });
  });

  test('headers without From, To, Cc or Subject are not a message', async () => {
    expect(await readEml(eml('Content-Type: text/plain\n\nTylko treść\n'))).toEqual({ ok: false, reason: 'noAddressing' });
  });
});
