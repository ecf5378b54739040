import { act, waitFor } from '@testing-library/react';
import { FakeComposeAdapter, PROFILE, deferred, policyState, signatureHtml } from './support/fake-adapter';
import { findingOf, queryFindingOf, renderPane, screen, within } from './support/render';

/** The overall state line, once the first check has finished. */
async function expectStatus(text: string): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain(text));
}

const BLOCK_RULES = ['subject-missing', 'closing-missing', 'signature-missing'];

/** No subject, no closing, no signature: one error and two fixable warnings. */
function unfinished(): FakeComposeAdapter {
  return new FakeComposeAdapter({ subject: '', bodyHtml: '<p>Szanowna Pani,</p><p>przesyłam informację o terminie wizyty w urzędzie.</p>' }, PROFILE);
}

describe('task pane: the checklist', () => {
  test('shows findings grouped by severity, each with data-rule and data-severity, and the counts with Polish plurals', async () => {
    renderPane(unfinished(), { rules: BLOCK_RULES });

    await expectStatus('1 błąd, 2 ostrzeżenia');
    const errors = screen.getByRole('region', { name: 'Błędy (1)' });
    const warnings = screen.getByRole('region', { name: 'Ostrzeżenia (2)' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.dataset.rule)).toEqual(['subject-missing']);
    expect(within(warnings).getAllByRole('listitem').map((li) => li.dataset.rule)).toEqual(['closing-missing', 'signature-missing']);
    expect(findingOf('subject-missing').dataset.severity).toBe('error');
    expect(findingOf('closing-missing').dataset.severity).toBe('warning');
    expect(within(findingOf('subject-missing')).getByText(/nie ma tematu/)).toBeTruthy();
    // Office.js cannot move the focus into the subject: no button that would do nothing (issue 14.8).
    expect(within(findingOf('subject-missing')).queryByRole('button', { name: 'Przejdź do tematu' })).toBeNull();
    expect(within(findingOf('closing-missing')).getByRole('button', { name: 'Dodaj zwrot grzecznościowy' })).toBeTruthy();
    expect(within(findingOf('signature-missing')).getByRole('button', { name: 'Wstaw podpis' })).toBeTruthy();
  });

  test('says "Gotowe do wysłania" when only plain-language suggestions are left, and keeps them in a collapsed group', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Pytanie', bodyHtml: `<p>Szanowna Pani,</p><p>odpowiadam na pytanie.</p><p>Z poważaniem</p>${signatureHtml()}` }, PROFILE);
    const { user } = renderPane(adapter, { rules: [...BLOCK_RULES, 'subject-uninformative'], policy: policyState({}, { rules: { 'subject-uninformative': 'info' } }) });

    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Gotowe do wysłania'));
    expect(status.textContent).toContain('1 sugestia prostego języka');
    expect(screen.queryByRole('region', { name: /Błędy|Ostrzeżenia/ })).toBeNull();

    const group = screen.getByRole('button', { name: 'Prosty język (1)' });
    expect(group.getAttribute('aria-expanded')).toBe('false');
    expect(queryFindingOf('subject-uninformative')).toBeNull();
    await user.click(group);
    expect(group.getAttribute('aria-expanded')).toBe('true');
    expect(findingOf('subject-uninformative').dataset.severity).toBe('info');
  });

  test('"Podstawa w standardzie" names the office\'s own standard from the policy and says why, on demand', async () => {
    const standard = { name: 'Standardy obsługi klienta Urzędu Gminy Zielona Dolina', url: 'https://bip.zielonadolina.example.pl/standard', refs: { 'closing-missing': '§ 8 ust. 1 pkt 3' } };
    const { user } = renderPane(unfinished(), { rules: BLOCK_RULES, policy: policyState({}, { standard }) });
    const item = await waitFor(() => findingOf('closing-missing'));
    // Named after its finding, so a screen reader's list of buttons tells them apart.
    const toggle = within(item).getByRole('button', { name: /^Podstawa w standardzie Brak zwrotu grzecznościowego/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(item).queryByText(/§ 8 ust. 1 pkt 3/)).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(item).getByRole('link', { name: standard.name }).getAttribute('href')).toBe(standard.url);
    expect(within(item).getByText(/, § 8 ust. 1 pkt 3/)).toBeTruthy();
    expect(within(item).getByText(/kończy się zwrotem grzecznościowym/)).toBeTruthy();
    // A rule without a citation in the policy still names the office's standard, without a paragraph.
    await user.click(within(findingOf('signature-missing')).getByRole('button', { name: /^Podstawa w standardzie/ }));
    expect(within(findingOf('signature-missing')).getByText(standard.name)).toBeTruthy();
  });

  test('without a standard in the policy: "standard korespondencji urzędu" and the reason; nothing internal or of another office', async () => {
    const { user } = renderPane(unfinished(), { rules: BLOCK_RULES });
    for (const rule of BLOCK_RULES) {
      const item = await waitFor(() => findingOf(rule));
      await user.click(within(item).getByRole('button', { name: /^Podstawa w standardzie/ }));
      expect(within(item).getByText('standard korespondencji urzędu')).toBeTruthy();
      expect(item.textContent).not.toMatch(/Kamienna|Kędzierzyń|Zarządzenie|wiersz|Reguła|subject-missing|closing-missing|signature-missing|semiformal|`/);
    }
    expect(within(findingOf('subject-missing')).getByText(/czego dotyczy wiadomość/)).toBeTruthy();
  });

  test('renders in English when Outlook speaks English', async () => {
    const adapter = unfinished();
    adapter.language = 'en-US';
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    await expectStatus('1 error, 2 warnings');
    expect(screen.getByRole('heading', { name: 'Errors (1)' })).toBeTruthy();
    expect(within(findingOf('closing-missing')).getByRole('button', { name: 'Add closing' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fix all safe' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeTruthy();
    await user.click(within(findingOf('closing-missing')).getByRole('button', { name: /^Basis in the standard/ }));
    expect(within(findingOf('closing-missing')).getByText("the office's correspondence standard")).toBeTruthy();
    expect(within(findingOf('closing-missing')).getByText(/ends with a courteous closing before the signature/)).toBeTruthy();
  });

  test('an explicit language wins over Outlook\'s', async () => {
    const adapter = unfinished();
    adapter.language = 'en-US';
    renderPane(adapter, { rules: BLOCK_RULES, lang: 'pl' });
    await expectStatus('1 błąd, 2 ostrzeżenia');
  });
});

describe('task pane: fixes', () => {
  test('a fix button applies the finding\'s fix through the adapter and checks again', async () => {
    const adapter = unfinished();
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    const button = await waitFor(() => within(findingOf('closing-missing')).getByRole('button', { name: 'Dodaj zwrot grzecznościowy' }));
    const readsBefore = adapter.reads;

    await user.click(button);

    await waitFor(() => expect(queryFindingOf('closing-missing')).toBeNull());
    expect(adapter.fixes.map((f) => f.fix)).toEqual([{ kind: 'insertClosing', text: 'Z poważaniem' }]);
    expect(adapter.fixes[0].context).toMatchObject({ lang: 'pl', profile: PROFILE });
    expect(adapter.reads).toBeGreaterThan(readsBefore);
    expect(adapter.message.bodyHtml).toContain('<p>Z poważaniem</p>');
    expect(screen.getByRole('status').textContent).toContain('1 błąd, 1 ostrzeżenie');
  });

  test('"Popraw wszystko, co bezpieczne" applies only whole-block fixes, one at a time, closing before signature', async () => {
    const adapter = unfinished();
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    await user.click(await screen.findByRole('button', { name: 'Popraw wszystko, co bezpieczne' }));

    await waitFor(() => expect(screen.getByText('Zastosowano 2 poprawki.')).toBeTruthy());
    expect(adapter.fixes.map((f) => f.fix.kind)).toEqual(['insertClosing', 'insertSignature']);
    expect(queryFindingOf('closing-missing')).toBeNull();
    expect(queryFindingOf('signature-missing')).toBeNull();
    // The missing subject is still the clerk's to write.
    expect(findingOf('subject-missing')).toBeTruthy();
    expect(adapter.message.bodyHtml!.indexOf('Z poważaniem')).toBeLessThan(adapter.message.bodyHtml!.indexOf('etykieta-signature'));
    // Nothing safe is left to fix.
    expect(screen.queryByRole('button', { name: 'Popraw wszystko, co bezpieczne' })).toBeNull();
  });

  test('a fix cannot run twice: its button is disabled while it runs', async () => {
    const adapter = unfinished();
    const gate = deferred();
    adapter.hold = gate.promise;
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    const button = await waitFor(() => within(findingOf('signature-missing')).getByRole('button', { name: 'Wstaw podpis' }));

    await user.dblClick(button);
    expect(adapter.fixes).toHaveLength(1);
    await waitFor(() => expect((within(findingOf('signature-missing')).getByRole('button', { name: /Wstaw podpis/ }) as HTMLButtonElement).disabled).toBe(true));
    expect((screen.getByRole('button', { name: 'Popraw wszystko, co bezpieczne' }) as HTMLButtonElement).disabled).toBe(true);

    await act(async () => gate.resolve());
    await waitFor(() => expect(queryFindingOf('signature-missing')).toBeNull());
    expect(adapter.fixes).toHaveLength(1);
    expect(adapter.message.bodyHtml!.split('etykieta-signature').length - 1).toBe(2); // id and class of ONE block
  });

  test('a failing fix shows which Outlook call failed, and the pane keeps working', async () => {
    const adapter = unfinished();
    adapter.fail('applyFix', 'body.setAsync', 'The item is read-only');
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    await user.click(await waitFor(() => within(findingOf('closing-missing')).getByRole('button', { name: 'Dodaj zwrot grzecznościowy' })));

    expect(await screen.findByText('Nie udało się wykonać poprawki „Dodaj zwrot grzecznościowy”.')).toBeTruthy();
    expect(screen.getByText(/body\.setAsync\. The item is read-only/)).toBeTruthy();
    expect(findingOf('closing-missing')).toBeTruthy();

    // The pane still works: the next fix goes through once Outlook answers again.
    adapter.failing.clear();
    await user.click(within(findingOf('signature-missing')).getByRole('button', { name: 'Wstaw podpis' }));
    await waitFor(() => expect(queryFindingOf('signature-missing')).toBeNull());
    expect(screen.queryByText(/Nie udało się wykonać poprawki/)).toBeNull();
  });

  test('the failure message can be dismissed', async () => {
    const adapter = unfinished();
    adapter.fail('applyFix', 'body.setAsync', 'The item is read-only');
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });
    await user.click(await waitFor(() => within(findingOf('closing-missing')).getByRole('button', { name: 'Dodaj zwrot grzecznościowy' })));
    await screen.findByText(/Nie udało się wykonać poprawki/);
    await user.click(screen.getByRole('button', { name: 'Zamknij komunikat' }));
    expect(screen.queryByText(/Nie udało się wykonać poprawki/)).toBeNull();
  });

  test('a suggestion shows from → to; Accept applies it, Ignore hides only that suggestion', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Termin wizyty', bodyHtml: `<p>Szanowna Pani,</p><p>termin to wtorek.</p><p>Pozdro</p>${signatureHtml()}` }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['closing-informal', 'closing-missing', 'signature-missing'] });
    const item = await waitFor(() => findingOf('closing-informal'));
    expect(within(item).getByText('Propozycja: „Pozdro” → „Z poważaniem”')).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Ignoruj' }));
    expect(queryFindingOf('closing-informal')).toBeNull();
    expect(adapter.fixes).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('Gotowe do wysłania');

    // Still hidden after the next check of the same message.
    act(() => adapter.edit({ subject: 'Termin wizyty w urzędzie' }));
    await waitFor(() => expect(adapter.reads).toBeGreaterThanOrEqual(2), { timeout: 2000 });
    expect(queryFindingOf('closing-informal')).toBeNull();
  });

  test('Accept applies the replaceText fix', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Termin wizyty', bodyHtml: `<p>Szanowna Pani,</p><p>termin to wtorek.</p><p>Pozdro</p>${signatureHtml()}` }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['closing-informal'] });
    await user.click(await waitFor(() => within(findingOf('closing-informal')).getByRole('button', { name: 'Zastosuj' })));
    await waitFor(() => expect(queryFindingOf('closing-informal')).toBeNull());
    expect(adapter.fixes[0].fix).toMatchObject({ kind: 'replaceText', from: 'Pozdro', to: 'Z poważaniem' });
    expect(adapter.message.bodyHtml).toContain('<p>Z poważaniem</p>');
  });
});

describe('task pane: reading the message', () => {
  test('checks again, debounced, when Outlook reports a change', async () => {
    const adapter = unfinished();
    renderPane(adapter, { rules: BLOCK_RULES });
    await waitFor(() => findingOf('subject-missing'));
    expect(adapter.listenerCount).toBe(1);
    const reads = adapter.reads;

    act(() => {
      adapter.edit({ subject: 'W' });
      adapter.edit({ subject: 'Wniosek' });
      adapter.edit({ subject: 'Wniosek o zaświadczenie' });
    });
    expect(adapter.reads).toBe(reads); // not yet: the pane waits for typing to pause
    await waitFor(() => expect(queryFindingOf('subject-missing')).toBeNull());
    expect(adapter.reads).toBe(reads + 1); // three notifications, one check
  });

  test('a read failure names the Outlook call in a message bar; "Sprawdź ponownie" recovers', async () => {
    const adapter = unfinished();
    adapter.fail('read', 'item.subject.getAsync', 'Outlook did not answer within 3000 ms');
    const { user } = renderPane(adapter, { rules: BLOCK_RULES });

    expect(await screen.findByText('Nie udało się odczytać wiadomości.')).toBeTruthy();
    expect(screen.getByText(/item\.subject\.getAsync\. Outlook did not answer/)).toBeTruthy();
    // The rest of the pane is there.
    expect(screen.getByRole('tab', { name: 'Ustawienia' })).toBeTruthy();

    adapter.failing.clear();
    await user.click(screen.getByRole('button', { name: 'Sprawdź ponownie' }));
    await waitFor(() => findingOf('subject-missing'));
    expect(screen.queryByText('Nie udało się odczytać wiadomości.')).toBeNull();
  });

  test('a profile that cannot be loaded is reported, and the message is still checked', async () => {
    const adapter = unfinished();
    adapter.fail('loadProfile', 'roamingSettings.get', 'settings unavailable');
    renderPane(adapter, { rules: BLOCK_RULES });
    expect(await screen.findByText('Nie udało się wczytać Twoich danych do podpisu.')).toBeTruthy();
    expect(findingOf('subject-missing')).toBeTruthy();
  });

  test('unsubscribes from Outlook when the pane goes away', async () => {
    const adapter = unfinished();
    const { unmount } = renderPane(adapter, { rules: BLOCK_RULES });
    await waitFor(() => findingOf('subject-missing'));
    unmount();
    expect(adapter.listenerCount).toBe(0);
  });
});
