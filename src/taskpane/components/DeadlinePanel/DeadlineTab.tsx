import * as React from 'react';
import type { ComposeAdapter } from '../../../office/types';
import type { ParsedBody } from '../../../engine/parse/body';
import { quotedMessageDate } from '../../../engine/deadlines';
import { DeadlinePanel } from './DeadlinePanel';

export type DeadlineTabProps = { adapter: ComposeAdapter; today?: string; body: ParsedBody | undefined };

/** The Deadline view as the pane loads it on demand: the deadline code comes with it, not at start. */
export function DeadlineTab({ adapter, today, body }: DeadlineTabProps): React.ReactElement {
  return <DeadlinePanel adapter={adapter} today={today} receivedFromThread={body ? quotedMessageDate(body) : undefined} />;
}
