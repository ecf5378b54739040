/**
 * The audit's generated fixtures, made here so that anyone can see (and rerun) how:
 * - `export.mbox`: the readable messages of test/fixtures/audit/folder as one mboxrd file, as
 *   Thunderbird or `formail` would write them ("From " line, LF line ends, `>From ` quoting);
 * - `letter.msg`: an Outlook message written with msgreader's own compound-file writer (`burn`)
 *   from the MAPI properties Outlook stores (MS-OXMSG), since no Outlook runs here.
 * test/audit/fixtures.test.ts checks that the committed files are exactly what this makes;
 * `UPDATE_AUDIT_FIXTURES=1 npx jest test/audit/fixtures.test.ts` rewrites them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';

export const AUDIT_FIXTURES = path.resolve(__dirname, '../fixtures/audit');
export const AUDIT_FOLDER = path.join(AUDIT_FIXTURES, 'folder');
/** The folder's one file that is not a message at all (binary); it cannot go into an mbox. */
export const BROKEN_FIXTURE = '15-uszkodzony.eml';

export function folderFiles(dir = AUDIT_FOLDER): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? folderFiles(path.join(dir, name)) : [path.join(dir, name)]))
    .sort();
}

/** `dir` for callers bundled elsewhere (the bench runs from bench-results/). */
export function mailFiles(dir = AUDIT_FOLDER): string[] {
  return folderFiles(dir).filter((f) => f.endsWith('.eml') && path.basename(f) !== BROKEN_FIXTURE);
}

const ASCTIME = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', year: 'numeric', hourCycle: 'h23' });

/** One mboxrd entry: envelope line, the message with LF line ends, `From ` lines quoted. */
export function mboxEntry(message: string, envelopeFrom = 'MAILER-DAEMON', date = new Date(Date.UTC(2026, 0, 1))): string {
  const p = Object.fromEntries(ASCTIME.formatToParts(date).map((x) => [x.type, x.value]));
  const body = message.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
  return `From ${envelopeFrom} ${p.weekday} ${p.month} ${p.day} ${p.hour}:${p.minute}:${p.second} ${p.year}\n${body}${body.endsWith('\n') ? '' : '\n'}\n`;
}

export function fixtureMbox(): string {
  return mailFiles()
    .map((f) => {
      const text = readFileSync(f, 'utf8');
      const from = /^From:.*<([^>\s]+)>/im.exec(text)?.[1] ?? 'MAILER-DAEMON';
      const date = new Date(/^Date: (.+)$/im.exec(text)?.[1] ?? '2026-01-01T00:00:00Z');
      return mboxEntry(text, from, date);
    })
    .join('');
}

// ---- .msg (MS-OXMSG): property streams inside an OLE compound file --------------------------

const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_SYSTIME = 0x0040;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;

type Prop = { id: number; type: number; value: string | number | boolean | Date | Uint8Array };

const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const hex = (n: number, w: number) => n.toString(16).toUpperCase().padStart(w, '0');

function fileTime(d: Date): Buffer {
  const ticks = (BigInt(d.getTime()) + 11644473600000n) * 10000n;
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(ticks);
  return b;
}

/** The property stream: a header (32 bytes for the message, 8 for a recipient or attachment), then 16 bytes per property. */
function propertyStream(props: readonly Prop[], header: Buffer): Buffer {
  const rows = props.map((p) => {
    const row = Buffer.alloc(16);
    row.writeUInt32LE(((p.id << 16) | p.type) >>> 0, 0);
    row.writeUInt32LE(0x6, 4); // readable | writable
    if (p.type === PT_UNICODE) row.writeUInt32LE(utf16(String(p.value)).length + 2, 8);
    else if (p.type === PT_BINARY) row.writeUInt32LE((p.value as Uint8Array).length, 8);
    else if (p.type === PT_LONG) row.writeInt32LE(Number(p.value), 8);
    else if (p.type === PT_BOOLEAN) row.writeUInt16LE(p.value ? 1 : 0, 8);
    else if (p.type === PT_SYSTIME) fileTime(p.value as Date).copy(row, 8);
    return row;
  });
  return Buffer.concat([header, ...rows]);
}

type Folder = { name: string; props: Prop[]; header: Buffer; subfolders: Folder[] };

function addFolder(entries: Entry[], parent: number, folder: Folder): void {
  const doc = (name: string, data: Buffer) => {
    entries[parent].children!.push(entries.length);
    // A copy with its own ArrayBuffer: burn reads the whole buffer behind a view, and small
    // Buffers share Node's pool.
    const own = new Uint8Array(data);
    entries.push({ name, type: TypeEnum.DOCUMENT, length: own.length, binaryProvider: () => own });
  };
  doc('__properties_version1.0', propertyStream(folder.props, folder.header));
  for (const p of folder.props) {
    if (p.type === PT_UNICODE) doc(`__substg1.0_${hex(p.id, 4)}${hex(p.type, 4)}`, utf16(String(p.value)));
    if (p.type === PT_BINARY) doc(`__substg1.0_${hex(p.id, 4)}${hex(p.type, 4)}`, Buffer.from(p.value as Uint8Array));
  }
  for (const sub of folder.subfolders) {
    entries[parent].children!.push(entries.length);
    const index = entries.length;
    entries.push({ name: sub.name, type: TypeEnum.DIRECTORY, length: 0, children: [] });
    addFolder(entries, index, sub);
  }
}

export type MsgRecipient = { name: string; address: string; type: 1 | 2 | 3 };
export type MsgLetter = {
  subject: string;
  senderName: string;
  senderAddress: string;
  recipients: MsgRecipient[];
  body: string;
  sent: Date;
  messageId: string;
  inReplyTo?: string;
  attachment?: { name: string; data: Buffer };
};

export function writeMsg(letter: MsgLetter): Uint8Array {
  const header = Buffer.alloc(32);
  header.writeUInt32LE(letter.recipients.length, 8); // next recipient id
  header.writeUInt32LE(letter.attachment ? 1 : 0, 12); // next attachment id
  header.writeUInt32LE(letter.recipients.length, 16);
  header.writeUInt32LE(letter.attachment ? 1 : 0, 20);
  const props: Prop[] = [
    { id: 0x001a, type: PT_UNICODE, value: 'IPM.Note' },
    { id: 0x0037, type: PT_UNICODE, value: letter.subject },
    { id: 0x0c1a, type: PT_UNICODE, value: letter.senderName },
    { id: 0x0c1e, type: PT_UNICODE, value: 'SMTP' },
    { id: 0x0c1f, type: PT_UNICODE, value: letter.senderAddress },
    { id: 0x5d01, type: PT_UNICODE, value: letter.senderAddress },
    { id: 0x1000, type: PT_UNICODE, value: letter.body },
    { id: 0x1035, type: PT_UNICODE, value: letter.messageId },
    { id: 0x0039, type: PT_SYSTIME, value: letter.sent },
    { id: 0x3007, type: PT_SYSTIME, value: letter.sent },
    { id: 0x0e07, type: PT_LONG, value: 1 }, // MSGFLAG_READ: a sent item
    { id: 0x3fde, type: PT_LONG, value: 65001 },
  ];
  if (letter.inReplyTo) props.push({ id: 0x1042, type: PT_UNICODE, value: letter.inReplyTo });
  const recipients: Folder[] = letter.recipients.map((r, i) => ({
    name: `__recip_version1.0_#${hex(i, 8)}`,
    header: Buffer.alloc(8),
    subfolders: [],
    props: [
      { id: 0x0c15, type: PT_LONG, value: r.type },
      { id: 0x3000, type: PT_LONG, value: i },
      { id: 0x3001, type: PT_UNICODE, value: r.name },
      { id: 0x3002, type: PT_UNICODE, value: 'SMTP' },
      { id: 0x3003, type: PT_UNICODE, value: r.address },
      { id: 0x39fe, type: PT_UNICODE, value: r.address },
    ],
  }));
  const attachments: Folder[] = letter.attachment
    ? [
        {
          name: '__attach_version1.0_#00000000',
          header: Buffer.alloc(8),
          subfolders: [],
          props: [
            { id: 0x3705, type: PT_LONG, value: 1 }, // ATTACH_BY_VALUE
            { id: 0x0e20, type: PT_LONG, value: letter.attachment.data.length },
            { id: 0x3707, type: PT_UNICODE, value: letter.attachment.name },
            { id: 0x3704, type: PT_UNICODE, value: letter.attachment.name },
            { id: 0x3701, type: PT_BINARY, value: letter.attachment.data },
          ],
        },
      ]
    : [];
  const entries: Entry[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [] }];
  addFolder(entries, 0, { name: '', header, props, subfolders: [...recipients, ...attachments] });
  return burn(entries);
}

/** The office's reply saved from Outlook's Sent Items: a real attachment, one citizen's PESEL, one jargon phrase. */
export const FIXTURE_LETTER: MsgLetter = {
  subject: 'Odp: Wniosek o wydanie zaświadczenia o zameldowaniu',
  senderName: 'Anna Kowalska',
  senderAddress: 'anna.kowalska@zielonadolina.example.pl',
  recipients: [{ name: 'Maria Dąbrowska', address: 'maria.dabrowska@gmail.com', type: 1 }],
  body: [
    'Szanowna Pani,',
    '',
    'w załączniku przesyłam zaświadczenie o zameldowaniu dla osoby o numerze PESEL 72062256785. Opłatę skarbową należy uiścić w kasie urzędu; wynosi 17 zł.',
    '',
    'Z poważaniem',
    'Anna Kowalska',
    'Inspektor',
    'Referat Podatków i Opłat',
    'Urząd Gminy Zielona Dolina',
    'ul. Szkolna 5, 98-765 Zielona Dolina',
    'tel. +48 44 765 43 21',
  ].join('\r\n'),
  sent: new Date('2026-06-15T10:20:00Z'),
  messageId: '<20260615122000.16@zielonadolina.example.pl>',
  inReplyTo: '<CAK9z@mail.gmail.com>',
  attachment: { name: 'zaswiadczenie.pdf', data: Buffer.from('%PDF-1.4\n% zaświadczenie (fixture)\n%%EOF\n', 'utf8') },
};
