import { useCallback, useMemo, useState } from 'react';
import type { ComposeAdapter } from '../../../office/types';
import type { MailMessage, SenderProfile } from '../../../engine/model';
import type { TemplateText } from '../../../engine/templates';
import { computeDeadline, DeadlineInputError } from '../../../engine/deadlines';

export type InsertState = { status: 'idle' } | { status: 'inserting' } | { status: 'inserted' } | { status: 'failed'; error: unknown };

/** The outcome of the last copy, for the text that was copied (a changed text shows none). */
export type CopyState = { status: 'idle' } | { status: 'copied' | 'failed'; text: string };

/** The profile fields a summons must name (SPEC § 9, standard 000 § 8 ust. 2 pkt 5). */
export const SUMMONS_PROFILE_FIELDS = ['room', 'name', 'phone'] as const;
export type SummonsProfileField = (typeof SUMMONS_PROFILE_FIELDS)[number];

export function missingSummonsFields(profile: SenderProfile): SummonsProfileField[] {
  return SUMMONS_PROFILE_FIELDS.filter((f) => !profile[f]?.trim());
}

/** The usual reply date for an acknowledgement: one month under KPA art. 35; '' for a bad date. */
export function defaultReplyBy(received: string): string {
  try {
    return computeDeadline({ received, kind: 'kpa-1m' }).date;
  } catch (e) {
    if (e instanceof DeadlineInputError) return '';
    throw e;
  }
}

/**
 * Inserts a template built for the message as it is when the button is pressed (its recipients
 * choose the greeting): below the letter's greeting, replacing an earlier copy, never into the
 * signature or the quoted thread. Reports how it went.
 */
export function useInsertTemplate(adapter: ComposeAdapter) {
  const [state, setState] = useState<InsertState>({ status: 'idle' });
  const insert = useCallback(
    async (build: (message: MailMessage) => TemplateText) => {
      setState({ status: 'inserting' });
      try {
        await adapter.insertTemplate(build);
        setState({ status: 'inserted' });
      } catch (error) {
        setState({ status: 'failed', error });
      }
    },
    [adapter],
  );
  return { state, insert };
}

/**
 * The acknowledgement's fields; the reply date follows the received date until the clerk sets one.
 * The received date starts where the deadline tab's does (SPEC § 9: one date source): the date of
 * the quoted letter when the thread shows one, else today.
 */
export function useAcknowledgement(today: string, receivedFromThread?: string) {
  const [received, setReceived] = useState(receivedFromThread ?? today);
  const [caseReference, setCaseReference] = useState('');
  const [ownReplyBy, setReplyBy] = useState<string>();
  const suggested = useMemo(() => defaultReplyBy(received), [received]);
  return { received, setReceived, caseReference, setCaseReference, replyBy: ownReplyBy ?? suggested, setReplyBy };
}

export function useSummons() {
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [hours, setHours] = useState('');
  const [matter, setMatter] = useState('');
  return { date, setDate, time, setTime, hours, setHours, matter, setMatter };
}

export function useOutOfOffice() {
  const [returnDate, setReturnDate] = useState('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  return { returnDate, setReturnDate, name, setName, phone, setPhone, email, setEmail };
}

/**
 * Copies to the clipboard. Outlook's web views may deny the Clipboard API (no permission, an
 * insecure frame); then the clerk is told to copy by hand, and `onFail` can select the text for it.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const copy = useCallback(async (text: string, onFail?: () => void) => {
    try {
      const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
      if (!clipboard?.writeText) throw new Error('no clipboard');
      await clipboard.writeText(text);
      setState({ status: 'copied', text });
    } catch {
      setState({ status: 'failed', text });
      onFail?.();
    }
  }, []);
  return { state, copy };
}
