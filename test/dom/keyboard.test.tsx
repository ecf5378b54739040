import { waitFor } from '@testing-library/react';
import { FakeComposeAdapter, PROFILE, policyState, signatureHtml } from './support/fake-adapter';
import { findingOf, queryFindingOf, renderPane, screen, within } from './support/render';

const BLOCK_RULES = ['subject-missing', 'closing-missing', 'signature-missing'];

function unfinished(): FakeComposeAdapter {
  return new FakeComposeAdapter({ subject: '', bodyHtml: '<p>Szanowna Pani,</p><p>przesyłam informację o terminie wizyty.</p>' }, PROFILE);
}

/** "role: name" of the focused element, as a screen reader would announce it. */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(body)';
  const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
  const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
  return `${role}: ${name}`;
}

describe('task pane: keyboard only', () => {
  test('Tab reaches every control of the checklist in reading order', async () => {
    const { user } = renderPane(unfinished(), { rules: BLOCK_RULES });
    await waitFor(() => findingOf('signature-missing'));

    const order: string[] = [];
    for (let i = 0; i < 11; i++) {
      await user.tab();
      order.push(focused());
    }
    expect(order).toEqual([
      'tab: Sprawdź',
      'button: Popraw wszystko, co bezpieczne',
      // No "Przejdź do tematu": Office.js cannot move the focus into the subject line.
      'button: Podstawa w standardzie',
      'button: Dodaj zwrot grzecznościowy',
      'button: Ignoruj',
      'button: Podstawa w standardzie',
      'button: Wstaw podpis',
      'button: Ignoruj',
      'button: Podstawa w standardzie',
      // The plain-language group holds the readability meter, so it is there even with no suggestion.
      'button: Prosty język (0)',
      '(body)',
    ]);
  });

  test('Enter applies a fix and Space opens the standard\'s line', async () => {
    const adapter = unfinished();
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    await waitFor(() => findingOf('closing-missing'));

    const details = within(findingOf('closing-missing')).getByRole('button', { name: /^Podstawa w standardzie/ });
    details.focus();
    await user.keyboard(' ');
    expect(details.getAttribute('aria-expanded')).toBe('true');
    expect(within(findingOf('closing-missing')).getByText(/kończy się zwrotem grzecznościowym/)).toBeTruthy();

    within(findingOf('closing-missing')).getByRole('button', { name: 'Dodaj zwrot grzecznościowy' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(queryFindingOf('closing-missing')).toBeNull());
    expect(adapter.fixes.map((f) => f.fix.kind)).toEqual(['insertClosing']);
  });

  test('the plain-language group opens with the keyboard', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Pytanie', bodyHtml: `<p>Szanowna Pani,</p><p>odpowiadam.</p><p>Z poważaniem</p>${signatureHtml()}` }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['subject-uninformative'], policy: policyState({}, { rules: { 'subject-uninformative': 'info' } }) });
    const header = await screen.findByRole('button', { name: 'Prosty język (1)' });
    await user.tab();
    expect(focused()).toBe('tab: Sprawdź');
    await user.tab();
    expect(focused()).toBe('button: Prosty język (1)');
    expect(document.activeElement).toBe(header);
    await user.keyboard('{Enter}');
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(findingOf('subject-uninformative')).toBeTruthy();
  });

  test('arrow keys move between the tabs, and the settings form works without a mouse', async () => {
    const adapter = unfinished();
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    await waitFor(() => findingOf('subject-missing'));

    await user.tab();
    expect(focused()).toBe('tab: Sprawdź');
    await user.keyboard('{End}');
    expect(focused()).toBe('tab: Ustawienia');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: 'Ustawienia' }).getAttribute('aria-selected')).toBe('true');

    // The Settings view is loaded when first opened.
    const name = (await screen.findByLabelText(/Imię i nazwisko/)) as HTMLInputElement;
    await user.tab();
    expect(document.activeElement).toBe(name);
    await waitFor(() => expect(name.value).toBe('Anna Nowak'));
    await user.clear(name);
    await user.keyboard('Anna Kowalska');
    const fields = ['Stanowisko', 'Wydział', 'Telefon', 'E-mail', 'Pokój'];
    for (const label of fields) {
      await user.tab();
      expect(document.activeElement).toBe(screen.getByLabelText(new RegExp(`^${label}`)));
    }
    await user.keyboard('104');
    await user.tab();
    expect(focused()).toBe('button: Zapisz dane');
    await user.keyboard(' ');
    await screen.findByText('Zapisano Twoje dane.');
    expect(adapter.saved).toEqual([{ ...PROFILE, name: 'Anna Kowalska', room: '104' }]);
  });
});
