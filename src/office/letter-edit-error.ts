/**
 * Why an edit of the letter was refused (nothing has been changed). Its own module: the compose
 * adapter recognises the refusal without loading the editing code, which the pane loads on the
 * first fix (src/office/compose-adapter.ts).
 */
export type EditRefusal = 'stale' | 'split' | 'typed-signature';

export class LetterEditError extends Error {
  constructor(
    readonly reason: EditRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'LetterEditError';
  }
}
