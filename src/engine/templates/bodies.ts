/**
 * The bodies of the templates that go into a letter, with their variable parts given as text:
 * index.ts fills them in, copies.ts renders them with wildcards to recognise an earlier copy.
 */
import { formatMessage, type Lang } from '../i18n';

export type TemplateId = 'acknowledgement' | 'summons';

/** Whom the body speaks to: one woman, one man, or several people / a person of unknown sex. */
export type Addressing = 'female' | 'male' | 'plural';

/** Ends a sentence once: a Polish date already ends in "r.", which must not become "r..". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const t = (lang: Lang, id: string, data: Record<string, string>) => formatMessage(lang, `template.${id}`, data);

/** Body texts with the variable parts given as text; copies.ts renders them with wildcards. */
export const BODIES = {
  acknowledgement(lang: Lang, v: { received: string; reference?: string; replyBy: string; addressing: Addressing }): string {
    const parts = [sentence(t(lang, 'acknowledgement.body', { received: v.received, addressing: v.addressing }))];
    if (v.reference !== undefined) parts.push(t(lang, 'acknowledgement.reference', { reference: v.reference }));
    parts.push(sentence(t(lang, 'acknowledgement.replyBy', { replyBy: v.replyBy })));
    return parts.join(' ');
  },
  summons(lang: Lang, v: { matter: string; when: string; room: string; name: string; phone: string; addressing: Addressing }): string {
    return t(lang, 'summons.body', v);
  },
} as const;

