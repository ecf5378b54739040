import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneRoot } from '../../../src/taskpane/mount';
import { allRules } from '../../../src/engine/rules';
import type { Lang } from '../../../src/engine/i18n';
import type { PolicyState } from '../../../src/policy/load';
import { policyState, type FakeComposeAdapter } from './fake-adapter';

/**
 * Real rules, but only the ones a test is about: rules landing later must not change what
 * a pane test expects to see.
 */
export function rulesFor(...ids: string[]) {
  const rules = allRules.filter((r) => ids.includes(r.id));
  if (rules.length !== ids.length) throw new Error(`unknown rule among ${ids.join(', ')}`);
  return rules;
}

export function renderPane(adapter: FakeComposeAdapter, options: { policy?: PolicyState; lang?: Lang; rules?: string[] } = {}) {
  const user = userEvent.setup();
  const rules = options.rules ? rulesFor(...options.rules) : undefined;
  const view = render(<TaskpaneRoot adapter={adapter} policy={options.policy ?? policyState()} lang={options.lang} rules={rules} />);
  return { user, ...view };
}

/** The element of one finding, found by its rule id (the public contract of SPEC § 6). */
export function findingOf(ruleId: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-rule="${ruleId}"]`);
  if (!el) throw new Error(`no finding of ${ruleId}`);
  return el;
}

export function queryFindingOf(ruleId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-rule="${ruleId}"]`);
}

export { screen, within };

/** Views other than Check are loaded when first opened: waits until the open one is there. */
export async function viewLoaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/^(Wczytywanie…|Loading…)$/)).toBeNull());
  await waitFor(() => expect(document.querySelector('[role="tabpanel"]')?.children.length ?? 0).toBeGreaterThan(0));
}
