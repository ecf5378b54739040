/**
 * The office's standard signature (002 line 122), built from the policy (organisation data,
 * notice) and the clerk's own fields. Full on new messages, short on replies and forwards.
 * Unknown fields print as a visible placeholder so the clerk sees what to fill in; the HTML is
 * wrapped in the marker the body parser recognises, so the engine knows the block is ours.
 */
import type { EngineConfig, SignatureField } from '../config';
import type { SenderProfile } from '../model';
import type { Lang } from '../i18n';
import { SIGNATURE_MARKER } from '../parse/signature-marker';
import { escapeHtml } from './escape';
import { BASE_FIELDS, type SignatureVariant } from './fields';
import { SIGNATURE_NOTICE_PL } from './notice';
import { placeholder } from './placeholder';

export type { SignatureVariant } from './fields';
export type BuiltSignature = { html: string; text: string; missing: SignatureField[] };

/** Outlook rejects signatures over 30,000 characters; these caps keep us well below. */
const MAX_FIELD = 200;
const MAX_NOTICE = 1500;

type Part = { text: string; isPlaceholder: boolean };
type Line = { parts: Part[]; strong?: boolean };

/** One line of text: settings may hold line breaks or control characters; a field is one line. */
function clean(value: string | undefined, max = MAX_FIELD): string {
  return (value ?? '').replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim().slice(0, max);
}

export function buildSignature(config: EngineConfig, profile: SenderProfile, variant: SignatureVariant, lang: Lang = 'pl'): BuiltSignature {
  const org = config.organization;
  const values: Record<SignatureField, string> = {
    name: clean(profile.name),
    position: clean(profile.position),
    department: clean(profile.department),
    office: clean(org.name),
    address: clean(org.address),
    // The clerk's direct line first; the office switchboard is still a way to call back.
    phone: clean(profile.phone || org.phone),
    email: clean(profile.email || org.email),
    registry: clean(org.registry),
    notice: clean(config.signature.notice || SIGNATURE_NOTICE_PL, MAX_NOTICE),
  };
  const missing: SignatureField[] = [];
  const wanted = (f: SignatureField) => BASE_FIELDS.includes(f) || config.signature.required.includes(f);
  /** The field's text, a placeholder when it is wanted but unknown, or null to leave it out. */
  const part = (f: SignatureField, prefix = ''): Part | null => {
    if (values[f]) return { text: prefix + values[f], isPlaceholder: false };
    if (!wanted(f)) return null;
    if (!missing.includes(f)) missing.push(f);
    return { text: prefix + placeholder(f, lang), isPlaceholder: true };
  };
  const line = (...parts: Array<Part | null>): Line | null => {
    const kept = parts.filter((p): p is Part => p !== null);
    return kept.length ? { parts: kept } : null;
  };

  const name = line(part('name'));
  if (name) name.strong = true;
  const lines: Array<Line | null> =
    variant === 'full'
      ? [name, line(part('position')), line(part('department')), line(part('office')), line(part('address')), line(part('phone', 'tel. ')), line(part('email', 'e-mail: ')), line(part('registry'))]
      : [name, line(part('position')), joined(part('department'), part('office')), line(part('phone', 'tel. '))];
  const body = lines.filter((l): l is Line => l !== null);
  const notice = variant === 'full' ? values.notice : '';

  return { html: toHtml(body, notice, variant), text: toText(body, notice), missing };
}

/** "Wydział Komunikacji, Starostwo Powiatowe w …" on one line in the short variant. */
function joined(a: Part | null, b: Part | null): Line | null {
  const parts: Part[] = [];
  if (a) parts.push(a);
  if (a && b) parts.push({ text: ', ', isPlaceholder: false });
  if (b) parts.push(b);
  return parts.length ? { parts } : null;
}

const FONT = 'font-family:Calibri,Arial,sans-serif;font-size:10pt';

function partHtml(p: Part): string {
  const text = escapeHtml(p.text);
  return p.isPlaceholder ? `<span style="background-color:#fff4ce">${text}</span>` : text;
}

function toHtml(lines: readonly Line[], notice: string, variant: SignatureVariant): string {
  const rows = lines.map((l) => {
    const inner = l.parts.map(partHtml).join('');
    return l.strong ? `<strong>${inner}</strong>` : inner;
  });
  const noticeHtml = notice ? `<p style="margin:8px 0 0;font-family:Calibri,Arial,sans-serif;font-size:8pt;color:#595959">${escapeHtml(notice)}</p>` : '';
  return (
    `<div id="${SIGNATURE_MARKER}" class="${SIGNATURE_MARKER}" data-variant="${variant}">` +
    `<p style="margin:0;${FONT}">${rows.join('<br>')}</p>${noticeHtml}</div>`
  );
}

function toText(lines: readonly Line[], notice: string): string {
  const rows = lines.map((l) => l.parts.map((p) => p.text).join(''));
  return `-- \n${rows.join('\n')}${notice ? `\n\n${notice}` : ''}\n`;
}
