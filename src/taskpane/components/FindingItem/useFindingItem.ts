import { useCallback, useState } from 'react';
import type { Finding } from '../../../engine/types';
import type { Lang } from '../../../engine/i18n';
import { ruleById } from '../../../engine/rules';

/** Where a finding comes from in the standard, and whether that part is shown. */
export function useFindingItem(finding: Finding, itemKey: string, lang: Lang) {
  const [expanded, setExpanded] = useState(false);
  const toggle = useCallback(() => setExpanded((e) => !e), []);
  const meta = ruleById.get(finding.ruleId)?.meta;
  const safeId = itemKey.replace(/[^A-Za-z0-9_-]/g, '_');
  return {
    expanded,
    toggle,
    standard: meta?.standard,
    docs: meta?.docs[lang],
    messageId: `finding-${safeId}-message`,
    detailsId: `finding-${safeId}-standard`,
  };
}
