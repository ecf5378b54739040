import * as React from 'react';
import type { ParsedBody } from '../../../engine/parse/body';
import { quotedMessageDate } from '../../../engine/deadlines';
import { TemplatesPanel, type TemplatesPanelProps } from './TemplatesPanel';

export type TemplatesTabProps = Omit<TemplatesPanelProps, 'receivedFromThread'> & { body: ParsedBody | undefined };

/**
 * The Templates view as the pane loads it on demand: the received date of the quoted letter (the
 * deadline tab's source too) is read here, so the deadline code comes with the view, not at start.
 */
export function TemplatesTab({ body, ...props }: TemplatesTabProps): React.ReactElement {
  return <TemplatesPanel {...props} receivedFromThread={body ? quotedMessageDate(body) : undefined} />;
}
