/**
 * A summons to appear in person gives all four details (000 § 8 ust. 2 pkt 5): the room, the
 * employee in charge, a phone contact, and office hours or the appointment time. The clerk's
 * signature block counts for the name, phone and room: it is part of the message the citizen
 * reads. The time must be in the own text: a clock time, a weekday or "godz." with a number, or
 * the working days as a range ("od poniedziałku do piątku"); "w godzinach pracy urzędu" without
 * them tells the citizen nothing.
 *
 * What is a summons: an appearance phrase ("stawić się", "osobiste stawiennictwo", "zgłosić się
 * osobiście", data/summons.ts) always is; the bare KPA formula "wzywam" only when the sentence
 * asks for nothing else, so "wzywam do zapłaty" and "wzywam do uzupełnienia braków formalnych"
 * (documents by post) are not. A sentence saying appearing is not needed is never one.
 */
import { defineRule, type Report } from '../types';
import type { MailMessage } from '../model';
import type { ParsedBody, Word } from '../parse/body';
import { compilePhrases, foldedSentenceWords, foldWord } from '../text/phrases';
import { tokenizeWords } from '../text/tokenize';
import { isKnownFirstName } from '../greeting';
import { appendAfterSentence, summonsDetailsText } from '../fixes/data-fixes';
import { textLanguage } from './data/language-hints';
import { NOT_A_SUMMONS, OTHER_DEMANDS, ROOM_WORDS, SUMMONS_PHRASES, SUMMONS_VERBS, TIME_WORDS, WEEKDAY_RANGES, WEEKDAYS } from './data/summons';

export type SummonsDetail = 'room' | 'name' | 'phone' | 'time';
export const SUMMONS_DETAILS: readonly SummonsDetail[] = ['room', 'name', 'phone', 'time'];

const summons = compilePhrases(SUMMONS_PHRASES.map((phrase) => ({ phrase, value: true })));
const summonsVerbs = compilePhrases(SUMMONS_VERBS.map((phrase) => ({ phrase, value: true })));
const otherDemands = compilePhrases(OTHER_DEMANDS.map((phrase) => ({ phrase, value: true })));
const notASummons = compilePhrases(NOT_A_SUMMONS.map((phrase) => ({ phrase, value: true })));
const weekdayRanges = compilePhrases(WEEKDAY_RANGES.map((phrase) => ({ phrase, value: true })));
const ROOM = new Set(ROOM_WORDS);
const TIME = new Set(TIME_WORDS);
const WEEKDAY = new Set(WEEKDAYS);
/** 9 digits in groups (77 123 45 67, 77-123-45-67, +48 600 100 200), bounded: linear. */
const PHONE = /(?:^|[^\d])(?:\+48[ -]?)?\(?\d{2,3}\)?(?:[ -]?\d{2,3}){2,3}(?!\d)/;
/** A clock time: 10:00, 9.30, 7:30–15:30. */
const CLOCK = /(?:^|[^\d])\d{1,2}[:.]\d{2}(?!\d)/;

/** A word of the given set followed, within two words, by a number ("pok. 12", "pokój nr 5"). */
function wordThenNumber(words: readonly Word[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!set.has(foldWord(words[i].text))) continue;
    if (words[i + 1]?.kind === 'number' || (words[i + 2]?.kind === 'number' && words[i + 1]?.text.length <= 3)) return true;
  }
  return false;
}

/** A known first name followed by a capitalised word: "Anna Kowalska", "Jan Nowak-Kowal". */
function namesSomeone(words: readonly Word[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (isKnownFirstName(words[i].text) && /^\p{Lu}/u.test(words[i + 1].text) && words[i + 1].kind === 'word') return true;
  }
  return false;
}

function senderNamed(text: string, message: MailMessage): boolean {
  const lower = text.toLocaleLowerCase('pl');
  return [message.sender?.name, message.from?.name].some((n) => typeof n === 'string' && n.trim().length >= 5 && lower.includes(n.trim().toLocaleLowerCase('pl')));
}

/**
 * Where a sentence (its folded words) summons the citizen to appear, or null: the summoning
 * words that come first ("wzywam" in "wzywam Panią do stawienia się").
 */
function findSummons(folded: readonly string[]): { first: number; last: number } | null {
  if (notASummons.find(folded).length > 0) return null;
  const strong = summons.find(folded)[0];
  const verb = summonsVerbs.find(folded)[0];
  if (strong) return verb && verb.first < strong.first ? verb : strong;
  return verb && otherDemands.find(folded).length === 0 ? verb : null;
}

function presentDetails(message: MailMessage, body: ParsedBody, folded: readonly string[][]): Set<SummonsDetail> {
  const ownWords = body.words;
  const signatureText = body.signature?.text ?? '';
  const signatureWords = signatureText ? tokenizeWords(signatureText) : [];
  const present = new Set<SummonsDetail>();
  if (wordThenNumber(ownWords, ROOM) || wordThenNumber(signatureWords, ROOM)) present.add('room');
  if (senderNamed(body.ownText, message) || senderNamed(signatureText, message) || namesSomeone(ownWords) || namesSomeone(signatureWords)) present.add('name');
  if (PHONE.test(body.ownText) || PHONE.test(signatureText)) present.add('phone');
  const weekdayRange = folded.some((words) => weekdayRanges.find(words).length > 0);
  if (CLOCK.test(body.ownText) || wordThenNumber(ownWords, TIME) || wordThenNumber(ownWords, WEEKDAY) || weekdayRange) present.add('time');
  return present;
}

/** Whether a text gives one detail, as presentDetails reads it. */
function detailIn(text: string, detail: SummonsDetail, message: MailMessage): boolean {
  if (detail === 'room') return wordThenNumber(tokenizeWords(text), ROOM);
  if (detail === 'name') return senderNamed(text, message);
  if (detail === 'phone') return PHONE.test(text);
  return false;
}

export const rule = defineRule({
  id: 'summons-details',
  meta: {
    category: 'content',
    severity: 'warning',
    standard: { doc: '000', line: 96, cite: '§ 8 ust. 2 pkt 5: nr pokoju, imię i nazwisko pracownika, kontakt telefoniczny, godziny urzędowania lub godzina stawienia się' },
    docs: {
      pl: 'Wezwanie do osobistego stawiennictwa podaje numer pokoju, imię i nazwisko pracownika prowadzącego sprawę, telefon oraz godziny urzędowania lub godzinę stawienia się.',
      en: 'A summons to appear in person gives the room number, the name of the employee in charge, a phone number, and office hours or the appointment time.',
    },
    messages: ['missing'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body }) {
    const folded = foldedSentenceWords(body.sentences, body.text);
    let phrase: { start: number; end: number; sentence: number } | null = null;
    for (let s = 0; s < folded.length && !phrase; s++) {
      const found = findSummons(folded[s]);
      if (!found) continue;
      const words = body.sentences[s].words;
      phrase = { start: words[found.first].start, end: words[found.last].end, sentence: s };
    }
    if (!phrase) return [];
    const present = presentDetails(message, body, folded);
    const missing = SUMMONS_DETAILS.filter((d) => !present.has(d));
    if (missing.length === 0) return [];
    const report: Report = {
      messageId: 'summons-details/missing',
      data: { missing: missing.join(','), count: missing.length },
      location: { field: 'body', start: phrase.start, end: phrase.end },
    };
    // The room, name and phone the profile holds, after the summons sentence (fixes/data-fixes.ts).
    const details = summonsDetailsText(textLanguage(body.words), missing, message.sender ?? {});
    const fix = details && missing.every((d) => detailIn(details, d, message)) ? appendAfterSentence(body, body.sentences[phrase.sentence], details, 'addSummonsDetails') : undefined;
    return [fix ? { ...report, fix } : report];
  },
});
