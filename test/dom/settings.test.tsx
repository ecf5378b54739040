import { waitFor } from '@testing-library/react';
import { FakeComposeAdapter, PROFILE, policyState } from './support/fake-adapter';
import { COMPACT_FIRST_NAMES } from '../../src/engine/greeting/first-name-table';
import { registerFirstNames } from '../support/first-names';
import { findingOf, queryFindingOf, renderPane, screen, within, viewLoaded } from './support/render';

function message(): FakeComposeAdapter {
  return new FakeComposeAdapter({ subject: 'Termin wizyty', bodyHtml: '<p>Szanowna Pani,</p><p>zapraszam we wtorek.</p><p>Z poważaniem</p>' }, {});
}

async function openSettings(user: ReturnType<typeof renderPane>['user']): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
  await user.click(screen.getByRole('tab', { name: 'Ustawienia' }));
  await viewLoaded();
}

describe('task pane: settings', () => {
  test('the clerk fills in labelled fields, sees the signature live, and saves the profile through the adapter', async () => {
    const adapter = message();
    const { user } = renderPane(adapter, { rules: ['signature-missing'] });
    await openSettings(user);
    const panel = screen.getByRole('tabpanel', { name: 'Ustawienia' });
    expect(within(panel).getByRole('heading', { name: 'Twoje dane do podpisu' })).toBeTruthy();

    const preview = within(panel).getByRole('figure', { name: 'Podgląd podpisu' });
    expect(preview.textContent).toContain('[uzupełnij: imię i nazwisko]');
    // Each required field the clerk has not filled in says so right by it.
    expect(within(panel).getAllByText('Puste: zasady urzędu wymagają tego pola w podpisie.')).toHaveLength(4);
    expect(within(panel).getByLabelText(/Telefon/).closest('[class*="fui-Field"]')?.textContent).toContain('Puste: zasady urzędu wymagają');

    await user.type(within(panel).getByLabelText(/Imię i nazwisko/), 'Anna Nowak');
    await user.type(within(panel).getByLabelText(/Stanowisko/), 'inspektor');
    await user.type(within(panel).getByLabelText(/Wydział/), 'Wydział Komunikacji');
    await user.type(within(panel).getByLabelText(/Telefon/), '+48 22 123 45 67');
    await user.type(within(panel).getByLabelText('E-mail'), 'anna.nowak@powiat.example.pl');
    await user.type(within(panel).getByLabelText('Pokój'), '12');

    // Live: the preview follows the typing before anything is saved.
    expect(preview.textContent).toContain('Anna Nowak');
    expect(preview.textContent).toContain('inspektor');
    expect(preview.textContent).not.toContain('[uzupełnij: imię i nazwisko]');
    expect(within(panel).getByText('Podpis ma wszystkie wymagane pola.')).toBeTruthy();
    expect(adapter.saved).toHaveLength(0);

    const reads = adapter.reads;
    await user.click(within(panel).getByRole('button', { name: 'Zapisz dane' }));
    expect(await within(panel).findByText('Zapisano Twoje dane.')).toBeTruthy();
    expect(adapter.saved).toEqual([
      { name: 'Anna Nowak', position: 'inspektor', department: 'Wydział Komunikacji', phone: '+48 22 123 45 67', email: 'anna.nowak@powiat.example.pl', room: '12' },
    ]);
    // The message is checked again with the new profile.
    await waitFor(() => expect(adapter.reads).toBeGreaterThan(reads));
  });

  test('the form starts from the stored profile; fields the policy requires are marked', async () => {
    const adapter = message();
    adapter.profile = PROFILE;
    const { user } = renderPane(adapter, { rules: ['signature-missing'] });
    await openSettings(user);
    const name = (await screen.findByLabelText(/Imię i nazwisko/)) as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Anna Nowak'));
    expect(name.required).toBe(true);
    expect((screen.getByLabelText('Pokój') as HTMLInputElement).required).toBe(false);
  });

  test('a save that fails names the Outlook call and keeps what was typed', async () => {
    const adapter = message();
    adapter.fail('saveProfile', 'roamingSettings.saveAsync', 'quota exceeded');
    const { user } = renderPane(adapter, { rules: ['signature-missing'] });
    await openSettings(user);
    await user.type(screen.getByLabelText(/Imię i nazwisko/), 'Anna Nowak');
    await user.click(screen.getByRole('button', { name: 'Zapisz dane' }));
    expect(await screen.findByText('Nie udało się zapisać danych.')).toBeTruthy();
    expect(screen.getByText(/roamingSettings\.saveAsync\. quota exceeded/)).toBeTruthy();
    expect((screen.getByLabelText(/Imię i nazwisko/) as HTMLInputElement).value).toBe('Anna Nowak');
  });

  test('switching tabs keeps the check running and the draft', async () => {
    const adapter = message();
    const { user } = renderPane(adapter, { rules: ['signature-missing'] });
    await openSettings(user);
    await user.type(screen.getByLabelText(/Stanowisko/), 'referent');
    await user.click(screen.getByRole('tab', { name: 'Sprawdź' }));
    expect(findingOf('signature-missing')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Ustawienia' }));
    await viewLoaded();
    expect((screen.getByLabelText(/Stanowisko/) as HTMLInputElement).value).toBe('referent');
    // Only the open view is in the page.
    expect(queryFindingOf('signature-missing')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Sprawdź' }).getAttribute('aria-selected')).toBe('false');
  });
});

describe('task pane: settings are checked where they are typed', () => {
  test('an empty name, phone "abc" and e-mail "to-nie-jest-email" are refused by their fields, nothing is saved, the focus goes to the first', async () => {
    const adapter = message();
    const { user } = renderPane(adapter, { rules: ['signature-missing'] });
    await openSettings(user);
    const panel = screen.getByRole('tabpanel', { name: 'Ustawienia' });
    await user.type(within(panel).getByLabelText(/Telefon/), 'abc');
    await user.type(within(panel).getByLabelText('E-mail'), 'to-nie-jest-email');
    await user.tab();
    // Left fields are checked at once, before saving.
    expect(within(panel).getByText(/To nie jest adres e-mail/)).toBeTruthy();
    expect(within(panel).getByText(/To nie wygląda na numer telefonu/)).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Zapisz dane' }));
    expect(await within(panel).findByText('Nic nie zapisano: popraw zaznaczone pola.')).toBeTruthy();
    expect(within(panel).queryByText('Zapisano Twoje dane.')).toBeNull();
    expect(adapter.saved).toEqual([]);
    expect(within(panel).getByText(/Wpisz imię i nazwisko/)).toBeTruthy();
    expect(document.activeElement).toBe(within(panel).getByLabelText(/Imię i nazwisko/));
    const phone = within(panel).getByLabelText(/Telefon/);
    expect(phone.getAttribute('aria-invalid')).toBe('true');

    await user.type(within(panel).getByLabelText(/Imię i nazwisko/), 'Anna Nowak');
    await user.clear(phone);
    await user.type(phone, '+48 75 123 45 67 wew. 12');
    await user.clear(within(panel).getByLabelText('E-mail'));
    await user.type(within(panel).getByLabelText('E-mail'), 'anna.nowak@gmina.example.pl');
    await user.click(within(panel).getByRole('button', { name: 'Zapisz dane' }));
    expect(await within(panel).findByText('Zapisano Twoje dane.')).toBeTruthy();
    expect(adapter.saved).toEqual([{ name: 'Anna Nowak', phone: '+48 75 123 45 67 wew. 12', email: 'anna.nowak@gmina.example.pl' }]);
  });

  test('in English when the pane is English', async () => {
    const adapter = message();
    adapter.language = 'en-GB';
    const { user } = renderPane(adapter, { rules: ['signature-missing'] });
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await viewLoaded();
    await user.type(screen.getByLabelText('E-mail'), 'to-nie-jest-email');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText(/This is not an e-mail address/)).toBeTruthy();
    expect(screen.getByText(/Enter your full name/)).toBeTruthy();
    expect(adapter.saved).toEqual([]);
  });
});

describe('task pane: the policy in force', () => {
  test('a loaded policy is named with its source', async () => {
    const { user } = renderPane(message(), { rules: ['signature-missing'] });
    await openSettings(user);
    expect(screen.getByText('Zasady urzędu: Starostwo Powiatowe w Nowogrodzie (wczytane)')).toBeTruthy();
    expect(screen.queryByText('Błędne pola')).toBeNull();
  });

  test('a fallback to the last good policy says so and lists every bad field with its path', async () => {
    const policy = policyState({
      source: 'cached',
      fallbackReason: 'invalid',
      problems: [
        { path: 'rules.subject-too-long', message: 'unknown severity "loud"' },
        { path: 'signature.required[2]', message: 'not a signature field' },
      ],
    });
    const { user } = renderPane(message(), { rules: ['signature-missing'], policy });
    await openSettings(user);
    expect(screen.getByText('Zasady urzędu: Starostwo Powiatowe w Nowogrodzie (ostatnie poprawne zasady)')).toBeTruthy();
    expect(screen.getByText('Plik zasad urzędu zawiera błędy')).toBeTruthy();
    expect(screen.getByText('Używam ostatnich poprawnych zasad.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Błędne pola' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'rules.subject-too-long: unknown severity "loud"',
      'signature.required[2]: not a signature field',
    ]);
  });

  test('which first-name table the checks read: the register\'s when first-names.txt loaded', async () => {
    const { user } = renderPane(message(), { rules: ['signature-missing'], policy: policyState({}, { firstNames: registerFirstNames() }) });
    await openSettings(user);
    expect(screen.getByText('Imiona: pełny wykaz z rejestru PESEL (stan na 2026-01-20).')).toBeTruthy();
  });

  test('without first-names.txt: one plain line about the shorter list, no warning', async () => {
    const { user } = renderPane(message(), { rules: ['signature-missing'], policy: policyState({}, { firstNames: COMPACT_FIRST_NAMES }) });
    await openSettings(user);
    const line = screen.getByText('Imiona: wykaz skrócony, wbudowany w dodatek (rejestr PESEL, stan na 2026-01-20).');
    const section = line.closest('section') as HTMLElement;
    expect(section.querySelector('.fui-MessageBar')).toBeNull();
    expect(within(section).queryByText(/błęd|nie udało/i)).toBeNull();
  });

  test('an unreachable policy without a cache falls back to the defaults, in English too', async () => {
    const policy = policyState({
      source: 'default',
      organizationName: undefined,
      fallbackReason: 'unreachable',
      problems: [{ path: '$', message: 'policy could not be loaded from https://example.test/policy.json: HTTP 404' }],
    });
    const adapter = message();
    adapter.language = 'en-GB';
    const { user } = renderPane(adapter, { rules: ['signature-missing'], policy });
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await viewLoaded();
    expect(screen.getByText('Default policy')).toBeTruthy();
    expect(screen.getByText('The office policy file could not be loaded')).toBeTruthy();
    expect(screen.getByText('Using the default policy.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Bad fields' })).getByRole('listitem').textContent).toBe('$: policy could not be loaded from https://example.test/policy.json: HTTP 404');
    expect(screen.getByLabelText(/Full name/)).toBeTruthy();
  });
});
