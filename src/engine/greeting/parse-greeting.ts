/**
 * Reads the greeting at the start of a line: which form it takes ("Szanowna Pani" is formal
 * and feminine, "Dzień dobry" neutral, "Witam" informal, "Dear …" English), and whether a
 * title or a surname follows the form of address ("Szanowny Panie Dyrektorze",
 * "Szanowny Panie Kowalski"). Only the words before the first punctuation mark are read, so
 * the scan is linear and a greeting never runs into the sentence after it.
 */
import { ADDRESS_TITLES, ENGLISH_GREETINGS, INFORMAL_GREETINGS, NEUTRAL_GREETINGS } from '../rules/data/greetings';
import { isFirstNameForm } from './first-name';

export type GreetingForm = 'formal-f' | 'formal-m' | 'formal-plural' | 'neutral' | 'informal' | 'english';

export type Greeting = {
  form: GreetingForm;
  /** The whole greeting as written, without the punctuation after it: "Szanowny Panie Kowalski". */
  raw: string;
  /** Offsets of `raw` (absolute when the line's offset was given). */
  start: number;
  end: number;
  /** A word after the form of address that is no first name or title: "Kowalski". */
  surname?: string;
  /** A function after the form of address ("Dyrektorze") or the addressed noun ("Komisjo"). */
  title?: string;
};

type Token = { text: string; lower: string; start: number; end: number };

/** How many words of a clause we read at most; a greeting is short. */
const MAX_WORDS = 8;
/** An informal, neutral or English greeting takes its whole clause when the clause is this short ("Hej Aniu", "Dear Mr Smith"). */
const SHORT_CLAUSE = 4;

/** The leading words of the line up to the first character that is neither a letter nor a space. */
function leadingWords(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length && tokens.length < MAX_WORDS) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i++;
    const start = i;
    // Letters, plus a hyphen or dot inside a word ("Kowalska-Nowak").
    while (i < line.length && /[\p{L}\p{M}]/u.test(line[i])) {
      i++;
      if ((line[i] === '-' || line[i] === '’' || line[i] === "'") && /\p{L}/u.test(line[i + 1] ?? '')) i++;
    }
    if (i === start) break;
    const text = line.slice(start, i);
    tokens.push({ text, lower: text.toLocaleLowerCase('pl'), start, end: i });
  }
  return tokens;
}

const words = (phrase: string) => phrase.toLocaleLowerCase('pl').split(' ');
const byLength = (list: readonly string[]) => list.map(words).sort((a, b) => b.length - a.length);
const INFORMAL = byLength(INFORMAL_GREETINGS);
// Without diacritics too: "Dzien dobry" is common from phones.
const NEUTRAL = byLength([...NEUTRAL_GREETINGS, 'Dzien dobry']);
const ENGLISH = byLength(ENGLISH_GREETINGS);
const TITLES: ReadonlySet<string> = new Set(ADDRESS_TITLES);

function matchPhrase(tokens: readonly Token[], from: number, phrases: readonly string[][], accept: (length: number) => boolean = () => true): number {
  for (const p of phrases) if (p.every((w, k) => tokens[from + k]?.lower === w) && accept(p.length)) return p.length;
  return 0;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isTitleWord = (t: Token) => TITLES.has(t.lower) || (t.lower.startsWith('wice') && TITLES.has(t.lower.slice(4)));

const SINGULAR_F: Readonly<Record<string, true>> = { pani: true };
const SINGULAR_M: Readonly<Record<string, true>> = { pan: true, panie: true };
const PLURAL: Readonly<Record<string, true>> = { państwo: true, panowie: true, panie: true };

function formal(tokens: Token[], offset: number): Greeting | null {
  let i = tokens[0]?.lower === 'wielce' ? 1 : 0;
  const adjective = tokens[i]?.lower;
  if (adjective !== 'szanowna' && adjective !== 'szanowny' && adjective !== 'szanowni' && adjective !== 'szanowne') return null;
  const first = i;
  const noun = tokens[++i];
  if (!noun) return null;
  const plural = adjective === 'szanowni' || adjective === 'szanowne';
  const at = (end: Token, extra: Partial<Greeting>, form: GreetingForm): Greeting => ({
    form,
    raw: '',
    start: offset + tokens[first].start,
    end: offset + end.end,
    ...extra,
  });
  if (plural) return at(noun, PLURAL[noun.lower] ? {} : { title: noun.text }, 'formal-plural');
  const form: GreetingForm = adjective === 'szanowna' ? 'formal-f' : 'formal-m';
  const honorific = form === 'formal-f' ? SINGULAR_F[noun.lower] : SINGULAR_M[noun.lower];
  // "Szanowna Komisjo", "Szanowny Kliencie": the addressed noun stands where a title would.
  if (!honorific) return at(noun, { title: noun.text }, form);
  let last = noun;
  let title: string | undefined;
  let surname: string | undefined;
  // Up to two capitalised words after "Pani"/"Panie": a title, a first name, a surname.
  for (let k = i + 1; k < Math.min(tokens.length, i + 3); k++) {
    const t = tokens[k];
    if (isTitleWord(t)) title ??= t.text;
    else if (!isCapitalised(t)) break;
    else if (!isFirstNameForm(t.text)) surname ??= t.text;
    last = t;
  }
  return at(last, { title, surname }, form);
}

/** Lower-case words that still address the reader in a short English opener ("Hey there", "Hi all"). */
const ENGLISH_ADDRESS_WORDS: ReadonlySet<string> = new Set(['there', 'all', 'everyone', 'everybody', 'team']);

/**
 * An informal, neutral or English opener and the short address after it ("Hej Aniu").
 * The greeting never takes words of the sentence it runs into: "Witam uprzejmie informuję, że …"
 * greets with "Witam" ("uprzejmie informuję" is the sentence), so a phrase of several words
 * counts only when the clause ends after it or a name follows. A short clause is taken whole
 * ("Witam Państwa serdecznie,") only when it is the whole line.
 */
function simple(tokens: Token[], offset: number, clauseEnds: boolean, lineIsClause: boolean): Greeting | null {
  const kinds: Array<[GreetingForm, string[][]]> = [
    ['informal', INFORMAL],
    ['neutral', NEUTRAL],
    ['english', ENGLISH],
  ];
  const phraseEnds = (length: number) => length === 1 || (length === tokens.length && clauseEnds) || (tokens[length] !== undefined && isCapitalised(tokens[length]));
  for (const [form, phrases] of kinds) {
    const n = matchPhrase(tokens, 0, phrases, phraseEnds);
    if (!n) continue;
    let last = n - 1;
    const englishAddress = clauseEnds && tokens.length <= SHORT_CLAUSE && tokens.slice(n).every((t) => ENGLISH_ADDRESS_WORDS.has(t.lower) || isCapitalised(t));
    if ((lineIsClause || englishAddress) && clauseEnds && tokens.length <= SHORT_CLAUSE) last = tokens.length - 1;
    else while (last + 1 < tokens.length && last + 1 < n + 2 && isCapitalised(tokens[last + 1])) last++;
    return { form, raw: '', start: offset + tokens[0].start, end: offset + tokens[last].end };
  }
  return null;
}

/**
 * "Szanowna Pani / Szanowny Panie", "Szanowna Pani/Panie": written for an addressee of unknown
 * gender, so it agrees with anyone; read as neutral and taken whole, so no fix splits it.
 */
const EITHER_GENDER = /^\s*\/\s*(?:szanown\p{L}*\s+)?pan\p{L}*/iu;

/** The greeting that opens `line`, or null. `offset` is the line's position in the body text. */
export function parseGreeting(line: string, offset = 0): Greeting | null {
  const tokens = leadingWords(line);
  if (tokens.length === 0) return null;
  const afterWords = line.slice(tokens[tokens.length - 1].end).trimStart();
  // The clause ends at punctuation or at the end of the line, not because we stopped reading.
  const clauseEnds = tokens.length < MAX_WORDS && (afterWords === '' || /^[,.!:;?]/.test(afterWords));
  // The line holds nothing but the clause and its punctuation ("Witam Państwa serdecznie,").
  const lineIsClause = clauseEnds && !/[\p{L}\p{N}]/u.test(afterWords);
  let found = formal(tokens, offset) ?? simple(tokens, offset, clauseEnds, lineIsClause);
  if (!found) return null;
  const either = (found.form === 'formal-f' || found.form === 'formal-m') && !found.title && !found.surname ? EITHER_GENDER.exec(line.slice(found.end - offset)) : null;
  if (either) found = { ...found, form: 'neutral', end: found.end + either[0].length };
  return { ...found, raw: line.slice(found.start - offset, found.end - offset) };
}
