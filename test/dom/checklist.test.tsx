/**
 * The checklist as a clerk reads it: findings in the order of the letter, "Ignoruj" on findings
 * that may be false alarms (for this message only), the focus after an action on the next
 * finding, and a broken policy noticed on the Check tab in the pane's language.
 */
import { waitFor } from '@testing-library/react';
import { FakeComposeAdapter, PROFILE, policyState } from './support/fake-adapter';
import { findingOf, queryFindingOf, renderPane, screen, viewLoaded, within } from './support/render';
import { policyProblem } from '../../src/policy/validate-core';

const people = ['jan.kowalski@gmail.com', 'ewa.z@wp.pl', 'piotr.w@o2.pl', 'maria.l@onet.pl'].map((address) => ({ address }));

/** Four citizens in To, no greeting, an announced attachment, no closing, no signature. */
function letter(): FakeComposeAdapter {
  return new FakeComposeAdapter(
    { subject: 'Decyzja w sprawie podatku', to: people, from: { address: 'anna.nowak@powiat.example.pl' }, bodyHtml: '<p>przesyłam decyzję w załączniku.</p>' },
    PROFILE,
  );
}
const RULES = ['signature-missing', 'closing-missing', 'attachment-missing', 'greeting-missing', 'recipients-external-visible'];

const rulesIn = (name: RegExp) => within(screen.getByRole('region', { name })).getAllByRole('listitem').map((li) => li.dataset.rule);

describe('findings in the order of the letter', () => {
  test('recipients, greeting, body, closing, signature: not the order the rules run in', async () => {
    renderPane(letter(), { rules: RULES });
    await waitFor(() => findingOf('signature-missing'));
    expect(rulesIn(/^Ostrzeżenia/)).toEqual(['recipients-external-visible', 'greeting-missing', 'attachment-missing', 'closing-missing', 'signature-missing']);
  });
});

describe('Ignoruj', () => {
  test('is offered where a finding may be a false alarm, not on a fact (external addresses visible)', async () => {
    renderPane(letter(), { rules: RULES });
    await waitFor(() => findingOf('signature-missing'));
    for (const rule of ['greeting-missing', 'attachment-missing', 'closing-missing', 'signature-missing']) {
      expect(within(findingOf(rule)).getByRole('button', { name: 'Ignoruj' })).toBeTruthy();
    }
    expect(within(findingOf('recipients-external-visible')).queryByRole('button', { name: 'Ignoruj' })).toBeNull();
  });

  test('hides the finding for this message, says so, and a re-check keeps it hidden; a new pane (another message) shows it again', async () => {
    const adapter = letter();
    const { user, unmount } = renderPane(adapter, { rules: RULES });
    await waitFor(() => findingOf('attachment-missing'));
    await user.click(within(findingOf('attachment-missing')).getByRole('button', { name: 'Ignoruj' }));
    expect(queryFindingOf('attachment-missing')).toBeNull();
    expect(screen.getByText(/Zignorowane w tej wiadomości: 1/)).toBeTruthy();
    const reads = adapter.reads;
    adapter.edit({ subject: 'Decyzja w sprawie podatku od nieruchomości' });
    await waitFor(() => expect(adapter.reads).toBeGreaterThan(reads));
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toContain('Sprawdzam'));
    expect(queryFindingOf('attachment-missing')).toBeNull();
    unmount();

    renderPane(letter(), { rules: RULES });
    await waitFor(() => findingOf('attachment-missing'));
  });
});

describe('the focus after an action', () => {
  test('after Ignoruj it is on the next finding', async () => {
    const { user } = renderPane(letter(), { rules: RULES });
    await waitFor(() => findingOf('attachment-missing'));
    await user.click(within(findingOf('attachment-missing')).getByRole('button', { name: 'Ignoruj' }));
    await waitFor(() => expect(document.activeElement).toBe(findingOf('closing-missing')));
  });

  test('after "Wstaw podpis" it is on the finding that took its place; with none left, on the status line', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Termin', bodyHtml: '<p>Szanowna Pani,</p><p>zapraszam.</p><p>Z poważaniem</p>' }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['signature-missing', 'closing-missing'] });
    const button = await waitFor(() => within(findingOf('signature-missing')).getByRole('button', { name: 'Wstaw podpis' }));
    await user.click(button);
    await waitFor(() => expect(queryFindingOf('signature-missing')).toBeNull());
    await waitFor(() => expect(document.activeElement?.id).toBe('pane-status'));
    expect(document.activeElement?.textContent).toContain('Gotowe do wysłania');
  });

  test('after "Dodaj zwrot grzecznościowy" it moves on to the signature finding, not to the page body', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Termin', bodyHtml: '<p>Szanowna Pani,</p><p>zapraszam.</p>' }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['signature-missing', 'closing-missing'] });
    await user.click(await waitFor(() => within(findingOf('closing-missing')).getByRole('button', { name: 'Dodaj zwrot grzecznościowy' })));
    await waitFor(() => expect(queryFindingOf('closing-missing')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(findingOf('signature-missing')));
  });
});

describe('a broken policy on the Check tab', () => {
  const broken = policyState({ source: 'default', organizationName: undefined, fallbackReason: 'invalid', problems: [policyProblem('$.rules["x"]', 'policy.unknownRule', { id: 'x' })] });

  test('a short Polish notice, with the way to the details', async () => {
    const { user } = renderPane(letter(), { rules: RULES, policy: broken });
    await waitFor(() => findingOf('signature-missing'));
    const panel = screen.getByRole('tabpanel', { name: 'Sprawdź' });
    expect(within(panel).getByText('Plik zasad urzędu zawiera błędy')).toBeTruthy();
    expect(within(panel).getByText('Używam zasad domyślnych.')).toBeTruthy();
    expect(panel.textContent).not.toContain('$.rules');
    await user.click(within(panel).getByRole('button', { name: 'Szczegóły w ustawieniach' }));
    expect(screen.getByRole('tab', { name: 'Ustawienia' }).getAttribute('aria-selected')).toBe('true');
    await viewLoaded();
    // The details speak the pane's language too, beside the JSON path.
    expect(within(screen.getByRole('list', { name: 'Błędne pola' })).getByRole('listitem').textContent).toBe('$.rules["x"]: nieznany identyfikator reguły „x”');
  });

  test('in English when the pane is English', async () => {
    const adapter = letter();
    adapter.language = 'en-GB';
    renderPane(adapter, { rules: RULES, policy: broken });
    await waitFor(() => findingOf('signature-missing'));
    const panel = screen.getByRole('tabpanel', { name: 'Check' });
    expect(within(panel).getByText('Using the default policy.')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Details in Settings' })).toBeTruthy();
  });
});
