/**
 * Words that say "this e-mail carries an attachment" (attachment-missing), and the context that
 * says it does not. Reviewed like prose: a word here makes the rule fire when no file is attached.
 *
 * Polish: every form that starts with "załącz" (załącznik, -a, -i, -ów, -iem…, załączam,
 * załączamy, załączone, w załączeniu, załączyłem…), plus the first-person forms of "dołączyć"
 * only, since "dołączony do wniosku" usually describes what the citizen sent earlier.
 */
export const ATTACHMENT_PREFIXES: readonly string[] = ['załącz'];

export const ATTACHMENT_WORDS: readonly string[] = [
  // Polish: the clerk attaching now.
  'dołączam', 'dołączamy', 'dołączyłem', 'dołączyłam', 'dołączyliśmy', 'dołączyłyśmy',
  // English.
  'attached', 'attach', 'attaching', 'attachment', 'attachments', 'enclosed', 'enclose', 'enclosing', 'enclosure', 'enclosures',
];

/**
 * A cue is not a promise of a file when one of these words stands in the three words before it
 * in the same sentence. Negations: "bez załącznika", "nie załączam", "brak załączników",
 * "brakujący załącznik", "no attachment", "without the attachment". Requests to the citizen:
 * "proszę o przesłanie załącznika", "prosimy o dosłanie załączników", "please resend the
 * attachment". Decided: such sentences speak of a file that is not in this e-mail, so they
 * never fire; a sentence that also promises a file ("nie załączam …, ale w załączniku …")
 * still fires on its other cue.
 */
export const NOT_THIS_EMAIL_BEFORE: readonly string[] = [
  'bez', 'brak', 'braku', 'brakuje', 'brakowało', 'brakujący', 'brakującego', 'brakujące', 'brakujących', 'nie', 'żadnego', 'żadnych',
  'przesłanie', 'przesłać', 'dosłanie', 'dosłać', 'uzupełnienie', 'uzupełnić', 'dostarczenie', 'dostarczyć',
  'no', 'not', 'without', 'missing', 'send', 'resend', 'provide',
];

/** "Proszę o załączenie …", "prosimy załączyć …": a request, when right before the cue. */
export const REQUESTS_RIGHT_BEFORE: readonly string[] = ['proszę', 'prosimy', 'prośba', 'prośbą'];

/**
 * Nor when it names the citizen's own attachment: "Pana załącznik", "w Pani załączniku",
 * "your attachment" (the word just before, no comma between), "załączone do Państwa wniosku" ("do" + possessive after).
 */
export const ADDRESSEE_POSSESSIVES: readonly string[] = ['pana', 'pani', 'państwa', 'your'];

/**
 * Nor when "załącznik" is the annex of a legal act: "załącznik nr 2 do uchwały", "zgodnie
 * z załącznikiem do rozporządzenia". The act is named within a few words after "do".
 */
export const LEGAL_ACTS: readonly string[] = ['uchwały', 'zarządzenia', 'rozporządzenia', 'ustawy', 'regulaminu', 'obwieszczenia', 'statutu', 'kodeksu'];
