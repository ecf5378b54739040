/**
 * Phrases that escalate a difficult exchange (complaints, objections), by what the standard says
 * not to do. Syntax: src/engine/text/phrases.ts (`|` alternatives, `*` word start, `{slot}`,
 * `~` up to two words between). Words are matched without Polish diacritics, so they are written
 * here without them too. Review these like prose: each phrase must be something a clerk should
 * not write to a citizen, and no phrase may match an apology ("przepraszamy za pomyłkę").
 */
import type { StandardRef } from '../../types';

export type ToneCategory = 'client-wrong' | 'calm-down' | 'blame' | 'criticise-law';

export type ToneCategoryInfo = {
  id: ToneCategory;
  /** The lines of the standards this category breaks; the first one is cited in the message. */
  standard: readonly StandardRef[];
  phrases: readonly string[];
};

export const TONE_SLOTS: Readonly<Record<string, string>> = {
  /** The formal "you": Pan, Pani, Państwo. */
  you: 'pan|pani|panstwo',
  /**
   * Someone else in the office: a colleague, a department, a clerk. Not "poprzedni", "inny" or
   * "kierownik" alone: "to wina poprzedniego właściciela" or "błąd kierownika budowy" is about
   * people outside the office.
   */
  colleague:
    'kolezank*|koleg*|pracownik*|pracownic*|wydzial*|referat*|dzial|dzialu|biuro|biura|sekretariat*|ksiegowos*|urzednik*|urzedniczk*',
  /**
   * A part or a person of the office that a delay can be put on: units by name, colleagues, clerks.
   * Not "pracownik" alone: "pracownik firmy kurierskiej" is not ours (see staff + ofOffice).
   */
  unit: 'kancelari*|wydzial*|referat*|dzial|dziale|dzialu|biuro|biura|sekretariat*|ksiegowos*|archiw*|kolezank*|koleg*|urzednik*|urzedniczk*',
  /** A person who works somewhere, and the words that make it our office: "pracownica kancelarii", "pracownik urzędu". */
  staff: 'pracownik*|pracownic*|osoba|osoby',
  ofOffice: 'kancelari*|wydzial*|referat*|dzialu|biura|sekretariat*|ksiegowos*|archiw*|urzedu|naszego|naszej|nasz|nasza',
  /** "because": the sentence says why something went wrong. */
  because: 'poniewaz|bo|gdyz|albowiem|bowiem',
  /** What a unit or colleague failed to do (after "nie"), in the past: handing on and handling mail and cases. */
  notDone:
    'przekazal*|przeslal*|wyslal*|dostarczyl*|zarejestrowal*|odnotowal*|dopilnowal*|sprawdzil*|wprowadzil*|zglosil*|poinformowal*|zalatwil*|rozpatrzyl*|wydal*|odpowiedzial*|przekazano',
  /** What a unit or colleague did wrong. */
  failed: 'zgubil*|zagubil*|zapomnial*|przeoczyl*|zaniedbal*|pomylil*|pomieszal*|zawalil*|przetrzymal*|opoznil*',
  /** A fault as a noun: "z powodu błędu pracownika", "przez pomyłkę koleżanki". */
  fault: 'bledu|bledow|blad|pomylki|pomylke|pomylek|przeoczenia|przeoczenie|zaniedbania|zaniedbanie|niedopatrzenia|niedopatrzenie|opieszalosci|niedbalstwa|zaniechania',
  /** A third person's mistake (never the first person: "pomyliłam się" is an apology). */
  erred: 'pomylil|pomylila|pomylili|pomylily|pomylilo|zawinil|zawinila|zawinili|zawinilo|pomieszal|pomieszala',
  /** The law or a procedure in any case, for "absurdalne przepisy", "bezsensownej procedury". */
  law: 'przepis|przepisy|przepisow|przepisach|procedur*|ustawa|ustawy|ustawe|regulacj*|rozporzadzen*|prawo|wymog|wymogi|wymogow|formalnos*',
  /**
   * The law as the subject of a sentence, singular and plural apart: "procedury nie ma sensu
   * powtarzać" (there is no point repeating the procedure) is advice, not criticism.
   */
  lawOne: 'przepis|procedura|ustawa|regulacja|rozporzadzenie|prawo|wymog',
  lawMany: 'przepisy|procedury|regulacje|rozporzadzenia|wymogi|formalnosci',
  bad: 'absurd*|bezsens*|glupi|glupie|glupia|glupich|idiotycz*|niedorzecz*|durn*|nielogiczn*|chore|kretyn*',
};

export const TONE_CATEGORIES: readonly ToneCategoryInfo[] = [
  {
    id: 'client-wrong',
    standard: [
      { doc: '002', line: 139, cite: 'Trudne sytuacje: „Nie mów, że klient nie ma racji”' },
      { doc: '000', line: 113, cite: '§ 12 ust. 2 pkt 3' },
    ],
    phrases: [
      'nie ma|maja {you} ~ racji',
      '{you} ~ nie ma|maja ~ racji',
      'racji {you} nie ma|maja',
      'racji nie ma|maja {you}',
      'myli|myla sie {you}',
      'mylicie sie',
      '{you} ~ sie ~1 myli|myla',
      'jest|sa {you} ~ w bledzie',
      '{you} ~ jest|sa w bledzie',
      'w bledzie jest|sa {you}',
      'zle|blednie {you} zrozumial*|zinterpretowal*|odczytal*|interpretuje|rozumie',
      '{you} ~1 zle|blednie zrozumial*|zinterpretowal*|odczytal*|interpretuje|rozumie',
    ],
  },
  {
    id: 'calm-down',
    standard: [{ doc: '002', line: 140, cite: 'Trudne sytuacje: „Nie proś klienta, żeby się uspokoił”' }],
    phrases: [
      'prosze ~ sie uspokoi*|uspokoj*',
      'prosze sie nie denerwowac|unosic|irytowac|zloscic|emocjonowac|wsciekac|awanturowac',
      'prosze nie denerwowac|unosic|irytowac|zloscic|emocjonowac|krzyczec|histeryzowac|awanturowac',
      'niech {you} sie uspokoi|uspokoja',
      'niech sie {you} uspokoi|uspokoja',
      'uspokoj|uspokojcie sie',
      'aby|zeby|by sie {you} uspokoil*',
      'aby|zeby|by {you} sie uspokoil*',
      'prosze ~ zachowac spokoj',
      'prosze o spokoj',
      'prosze o zachowanie spokoju',
      'prosze ochlonac',
      'nie ma powodu do nerwow|zdenerwowania|zlosci|emocji',
      '{you} ~1 niepotrzebnie sie denerwuje|denerwuja|unosi|unosza',
    ],
  },
  {
    id: 'blame',
    standard: [
      { doc: '002', line: 143, cite: 'Trudne sytuacje: „Nie zrzucaj winy na innych pracowników Urzędu”' },
      { doc: '000', line: 114, cite: '§ 12 ust. 2 pkt 4' },
    ],
    phrases: [
      'to|jest wina ~1 {colleague}',
      'z winy ~1 {colleague}',
      'wina lezy po stronie {colleague}',
      'wine ponosi|ponosza {colleague}',
      'to nie moja|nasza wina',
      'nie jest to moja|nasza wina',
      'nie z mojej|naszej winy',
      'nie ponosze|ponosimy ~ winy',
      '{colleague} ~ {erred}',
      'inny|inna|inni ~1 {colleague} ~ {erred}',
      '{erred} sie {colleague}',
      'blad popelnil|popelnila|popelnili|zrobil|zrobila {colleague}',
      '{colleague} ~ popelnil|popelnila|popelnili|zrobil|zrobila ~1 blad',
      // A delay or a mistake put on a unit or a person of the office in free words: "odpowiadamy z
      // opóźnieniem, ponieważ nowa pracownica kancelarii nie przekazała nam Pana pisma". A reason
      // ("ponieważ", "z powodu błędu") or a hand-over to us ("nie przekazała nam") makes it blame;
      // naming a unit does not ("Wydział Komunikacji nie wydaje zaświadczeń w soboty").
      '{because} ~ {unit} ~ nie {notDone}',
      '{because} ~ {staff} ~1 {ofOffice} ~ nie {notDone}',
      '{because} ~ {unit} ~ {failed}',
      '{because} ~ {staff} ~1 {ofOffice} ~ {failed}',
      '{unit} ~ nie {notDone} nam|mi',
      '{staff} ~1 {ofOffice} ~ nie {notDone} nam|mi',
      'z|na powodu|skutek ~1 {fault} ~ {unit}',
      'z|na powodu|skutek ~1 {fault} ~1 {staff} ~1 {ofOffice}',
      'przez|wskutek ~1 {fault} ~ {unit}',
      'przez|wskutek ~1 {fault} ~1 {staff} ~1 {ofOffice}',
    ],
  },
  {
    id: 'criticise-law',
    standard: [{ doc: '000', line: 114, cite: '§ 12 ust. 2 pkt 4' }],
    phrases: [
      '{lawOne} ~ jest ~ {bad}',
      '{lawMany} ~ sa ~ {bad}',
      '{bad} ~1 {law}',
      '{lawOne} ~ nie ma ~ sensu',
      '{lawMany} ~ nie maja ~ sensu',
      '{lawOne} ~ jest bez sensu',
      '{lawMany} ~ sa bez sensu',
      '{lawOne}|{lawMany} ~ to absurd|paranoja|nonsens|bzdura',
      'ustawodawca ~ nie pomyslal',
    ],
  },
];
