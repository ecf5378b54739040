/**
 * Openings of rhetorical questions a clerk should not put to a citizen (002 line 125: avoid
 * rhetorical questions). Phrase syntax of src/engine/text/phrases.ts, written without Polish
 * letters because words are compared folded. A pattern counts only where a question opens:
 * at the start of a sentence ending with "?", after "a", "i", "ale", "no", "to", "więc", or after
 * a comma ("Skoro termin minął, po co …?"). Reviewed like prose: each pattern must read as a
 * reproach or a sneer, never as an ordinary question ("Czy może Pan przesłać …?").
 */

export const RHETORICAL_SLOTS: Readonly<Record<string, string>> = {
  you: 'pan|pani|panstwo',
};

export const RHETORICAL_PATTERNS: readonly string[] = [
  'czy nie',
  'czyz|czyzby',
  'jak mozna',
  'jakim cudem',
  'kto by|bylby',
  'kto normalny|rozsadny',
  'czy naprawde',
  'czy aby na pewno',
  'czy {you} ~1 nie rozumie|rozumieja|widzi|widza|wie|wiedza|czyta|czytaja|slyszal*',
  'czy {you} ~1 w ogole',
  'po co',
  'ile razy',
  'czy to takie|tak trudne|trudno|skomplikowane',
  'czy to jest takie|tak trudne|trudno|skomplikowane',
  'czy trzeba|musze|musimy ~ przypominac|powtarzac|tlumaczyc',
  'co {you} sobie ~1 mysli|mysleli|myslal|myslala|wyobraza|wyobrazal*',
  'dlaczego|czemu {you} ~1 nie',
  'a co|czego {you} ~1 sie spodziewal*',
];

/**
 * Questions that open like a rhetorical one but are ordinary or polite: a request in the
 * conditional ("Czy nie mógłby Pan …?", "Czy nie byłoby możliwe …?"), a check ("Czy nie
 * otrzymała Pani decyzji?" asks about a fact), a procedure ("Jak można złożyć wniosek?" in an
 * FAQ-style letter).
 */
export const ORDINARY_QUESTIONS: readonly string[] = [
  'czy nie mogl*|mogla*|mogli*|moglibysmy|bylo|bedzie|ma|maja|przeszkadza*|otrzymal*|dostal*|doszl*|dotarl*|zechcial*',
  // "Czy nie byłoby możliwe …?" asks; "Czy nie byłoby prościej …?" reproaches, so only these.
  'czy nie byloby ~1 mozliwe|mozliwym|mozna|wygodniej|wygodnie',
  'jak mozna zlozyc|uzyskac|zaplacic|wplacic|odebrac|zalatwic|zglosic|sprawdzic|pobrac|umowic|skontaktowac|dostac|wyslac|przeslac',
  'po co ~1 potrzebn*|sluzy|sluza|wymagan*',
  'ile razy ~1 w|na roku|miesiacu|tygodniu',
  'dlaczego|czemu {you} ~1 nie otrzymal*|dostal*|moze|moga|mogl*',
];
