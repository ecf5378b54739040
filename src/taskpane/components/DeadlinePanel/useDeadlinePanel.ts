import { useCallback, useMemo, useState } from 'react';
import type { ComposeAdapter, SentencePlace } from '../../../office/types';
import { computeDeadline, DeadlineInputError, parseIsoDate, type Deadline, type DeadlineKind } from '../../../engine/deadlines';

/** `place`: at the clerk's caret, or at the end of the own text when the caret was not in it. */
export type InsertState = { status: 'idle' } | { status: 'inserting' } | { status: 'inserted'; place: SentencePlace } | { status: 'failed'; error: unknown };

/** Today in the clerk's own time zone, as YYYY-MM-DD (a letter is received on a local date). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The deadline for the date and kind the clerk picked, days left, and inserting the sentence. */
export function useDeadlinePanel(adapter: ComposeAdapter, today: string, receivedFromThread?: string) {
  // The quoted message's send date is the best first guess; the clerk corrects it if the letter came later.
  const [received, setReceived] = useState(receivedFromThread ?? today);
  const [kind, setKind] = useState<DeadlineKind>('kpa-1m');
  const [days, setDays] = useState('30');
  const [insert, setInsert] = useState<InsertState>({ status: 'idle' });

  const outcome = useMemo((): { deadline: Deadline; daysLeft: number } | { error: DeadlineInputError } => {
    try {
      const deadline = computeDeadline({ received, kind, days: kind === 'custom-days' ? Number(days) : undefined });
      const daysLeft = (parseIsoDate(deadline.date) ?? 0) - (parseIsoDate(today) ?? 0);
      return { deadline, daysLeft };
    } catch (e) {
      if (e instanceof DeadlineInputError) return { error: e };
      throw e;
    }
  }, [received, kind, days, today]);

  const insertSentence = useCallback(
    async (sentence: string) => {
      setInsert({ status: 'inserting' });
      try {
        const place = await adapter.insertSentence(sentence);
        setInsert({ status: 'inserted', place });
      } catch (error) {
        setInsert({ status: 'failed', error });
      }
    },
    [adapter],
  );

  return { received, setReceived, kind, setKind, days, setDays, outcome, insert, insertSentence };
}
