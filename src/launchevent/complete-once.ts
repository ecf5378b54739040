/**
 * Outlook needs event.completed() exactly once per event, and shows "taking longer" after 5 s.
 * This wraps an event so that the first completion wins and a budget timer completes it
 * with the fallback if the work is still running.
 */
export type CompletableEvent<O> = { completed(options?: O): void };

export type OnceCompleter<O> = {
  complete(options?: O): boolean;
  readonly done: boolean;
  /** Settles when the event has been completed, by the work or by the budget. */
  readonly finished: Promise<void>;
};

export function completeOnce<O>(event: CompletableEvent<O>, budgetMs: number, onBudget: () => O | undefined): OnceCompleter<O> {
  let done = false;
  let markFinished!: () => void;
  const finished = new Promise<void>((resolve) => (markFinished = resolve));
  const complete = (options?: O): boolean => {
    if (done) return false;
    done = true;
    clearTimeout(timer);
    markFinished();
    try {
      event.completed(options);
    } catch {
      // Nothing more can be done: Outlook refused the completion; never call it twice.
    }
    return true;
  };
  const timer = setTimeout(() => complete(onBudget()), budgetMs);
  return {
    complete,
    get done() {
      return done;
    },
    finished,
  };
}
