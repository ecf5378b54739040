import { useCallback, useState } from 'react';
import type { Finding } from '../../../engine/types';

/** Whether the standard behind a finding is shown, and the ids that tie the item's parts together. */
export function useFindingItem(itemKey: string) {
  const [expanded, setExpanded] = useState(false);
  const toggle = useCallback(() => setExpanded((e) => !e), []);
  const safeId = itemKey.replace(/[^A-Za-z0-9_-]/g, '_');
  return {
    expanded,
    toggle,
    messageId: `finding-${safeId}-message`,
    detailsId: `finding-${safeId}-standard`,
    disclosureId: `finding-${safeId}-disclosure`,
  };
}

/**
 * The fixes the pane can carry out for a finding. A fix Office.js cannot perform is not offered
 * (Office.js cannot move the focus into the subject line: no "Przejdź do tematu" button).
 */
export function fixesOf(finding: Finding) {
  return finding.fix ? [finding.fix] : [];
}
