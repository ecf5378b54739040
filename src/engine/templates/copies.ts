/**
 * Recognises a paragraph of the letter as an earlier copy of a template's body, whatever its
 * dates, names and "Pani / Pana / Państwa" forms, in either language: a template inserted again
 * replaces its copy instead of piling up (contract § 9). The body is rendered with a marker in every
 * variable part; the fixed text between the markers must appear in order (a glob match: one pass
 * of indexOf per fixed part, linear in the paragraph). A paragraph the clerk has edited is theirs
 * and is left alone.
 */
import { LANGS, type Lang } from '../i18n';
import { BODIES, type Addressing, type TemplateId } from './bodies';

const ANY = '\u0000';
const ADDRESSING: readonly Addressing[] = ['female', 'male', 'plural'];

/** The fixed parts of each way a body can be written. */
function variants(id: TemplateId, lang: Lang): string[][] {
  const out: string[][] = [];
  for (const addressing of ADDRESSING) {
    if (id === 'acknowledgement') {
      for (const reference of [undefined, ANY]) out.push(BODIES.acknowledgement(lang, { received: ANY, reference, replyBy: ANY, addressing }).split(ANY));
    } else {
      out.push(BODIES.summons(lang, { matter: ANY, when: ANY, room: ANY, name: ANY, phone: ANY, addressing }).split(ANY));
    }
  }
  return out;
}

let cache: Map<TemplateId, string[][]> | null = null;

function patterns(id: TemplateId): string[][] {
  cache ??= new Map();
  let list = cache.get(id);
  if (!list) {
    list = LANGS.flatMap((lang) => variants(id, lang));
    cache.set(id, list);
  }
  return list;
}

function globMatch(text: string, parts: readonly string[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = text.indexOf(parts[i], at);
    if (found < 0 || found + parts[i].length > end) return false;
    at = found + parts[i].length;
  }
  return true;
}

/** True when the paragraph (trimmed) is a copy of the template's body. */
export function isTemplateCopy(id: TemplateId, paragraph: string): boolean {
  const text = paragraph.trim();
  return patterns(id).some((parts) => globMatch(text, parts));
}
