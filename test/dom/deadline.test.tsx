import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneRoot } from '../../src/taskpane/mount';
import { FakeComposeAdapter, PROFILE, policyState } from './support/fake-adapter';
import { rulesFor, screen, viewLoaded } from './support/render';

function pane(composeType: 'reply' | 'new', language = 'pl-PL') {
  const adapter = new FakeComposeAdapter({ subject: 'RE: Wniosek o zaświadczenie', composeType, bodyHtml: '<p>Dzień dobry,</p><p>dziękuję.</p>' }, PROFILE);
  adapter.language = language;
  const user = userEvent.setup();
  render(<TaskpaneRoot adapter={adapter} policy={policyState()} rules={rulesFor('subject-missing')} today="2026-11-23" />);
  return { adapter, user };
}

describe('task pane: reply deadline', () => {
  test('starts from the send date of the quoted message and says where it came from', async () => {
    const adapter = new FakeComposeAdapter(
      {
        subject: 'RE: Wniosek o zaświadczenie',
        composeType: 'reply',
        bodyHtml: '<p>Dzień dobry,</p><p>dziękuję.</p><div id="divRplyFwdMsg"><b>Od:</b> Anna Kowalska &lt;anna@wp.pl&gt;<br><b>Wysłane:</b> piątek, 20 listopada 2026 09:41<br><b>Do:</b> urzad@gmina.example.pl</div><p>Proszę o zaświadczenie.</p>',
      },
      PROFILE,
    );
    const user = userEvent.setup();
    render(<TaskpaneRoot adapter={adapter} policy={policyState()} rules={rulesFor('subject-missing')} today="2026-11-23" />);
    await user.click(await screen.findByRole('tab', { name: 'Termin' }));
    await viewLoaded();
    // In the pane's format, not the browser's (no mm/dd/yyyy in a Polish pane).
    expect((screen.getByLabelText(/Data wpływu pisma/) as HTMLInputElement).value).toBe('20.11.2026');
    expect(screen.getByText(/Data wysłania cytowanej wiadomości/)).toBeTruthy();
    expect(screen.getByText('Termin: 21.12.2026 r.')).toBeTruthy();
  });

  test('is offered on replies only', async () => {
    pane('new');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Gotowe do wysłania'));
    expect(screen.queryByRole('tab', { name: 'Termin' })).toBeNull();
  });

  test('computes the deadline with the days left and inserts a sentence with it', async () => {
    const { adapter, user } = pane('reply');
    await user.click(await screen.findByRole('tab', { name: 'Termin' }));
    await viewLoaded();

    expect(((await screen.findByLabelText('Data wpływu pisma')) as HTMLInputElement).value).toBe('23.11.2026');
    expect((screen.getByLabelText('Rodzaj sprawy') as HTMLSelectElement).value).toBe('kpa-1m');
    expect(screen.getByText('Termin: 23.12.2026 r.')).toBeTruthy();
    expect(screen.getByText('Zostało 30 dni.')).toBeTruthy();

    adapter.sentencePlace = 'caret';
    await user.click(screen.getByRole('button', { name: 'Wstaw zdanie z terminem' }));
    expect(await screen.findByText('Wstawiono zdanie z terminem.')).toBeTruthy();
    expect(adapter.sentences).toEqual([{ text: 'Sprawę załatwimy najpóźniej do dnia 23.12.2026 r.', place: 'caret' }]);
  });

  test('a last day on a Saturday moves to Monday; the kind and date are chosen with labelled controls', async () => {
    const { user } = pane('reply');
    await user.click(await screen.findByRole('tab', { name: 'Termin' }));
    await viewLoaded();
    await user.selectOptions(screen.getByLabelText('Rodzaj sprawy'), 'public-info-14d');
    const received = await screen.findByLabelText('Data wpływu pisma');
    await user.clear(received);
    await user.type(received, '2026-11-14');

    expect(screen.getByText('Termin: 30.11.2026 r.')).toBeTruthy();
    expect(screen.getByText('Zostało 7 dni.')).toBeTruthy();
    expect(screen.getByText(/Ostatni dzień \(28\.11\.2026 r\.\) jest wolny od pracy/)).toBeTruthy();
  });

  test('a custom number of days, and a deadline already past', async () => {
    const { user } = pane('reply');
    await user.click(await screen.findByRole('tab', { name: 'Termin' }));
    await viewLoaded();
    await user.selectOptions(screen.getByLabelText('Rodzaj sprawy'), 'custom-days');
    const days = screen.getByLabelText('Liczba dni');
    await user.clear(days);
    await user.type(days, '7');
    const received = await screen.findByLabelText('Data wpływu pisma');
    await user.clear(received);
    await user.type(received, '2026-11-02');
    // 2026-11-09 is a Monday.
    expect(screen.getByText('Termin: 09.11.2026 r.')).toBeTruthy();
    expect(screen.getByText('Termin minął 14 dni temu.')).toBeTruthy();
  });

  test('issue 14.5: with no caret in the own text the pane says the sentence went to the end of the text', async () => {
    const { adapter, user } = pane('reply');
    await user.click(await screen.findByRole('tab', { name: 'Termin' }));
    await viewLoaded();
    await user.click(screen.getByRole('button', { name: 'Wstaw zdanie z terminem' }));
    expect(await screen.findByText('Kursor nie stał w Twojej treści, więc zdanie z terminem trafiło na koniec tekstu, nad zwrot grzecznościowy i podpis.')).toBeTruthy();
    expect(adapter.sentences).toEqual([{ text: 'Sprawę załatwimy najpóźniej do dnia 23.12.2026 r.', place: 'end' }]);
  });

  test('a failed insertion names the Outlook call', async () => {
    const { adapter, user } = pane('reply', 'en-US');
    adapter.fail('insertSentence', 'body.setSelectedDataAsync', 'no cursor');
    await user.click(await screen.findByRole('tab', { name: 'Deadline' }));
    await viewLoaded();
    expect(screen.getByText('Deadline: 2026-12-23')).toBeTruthy();
    expect(screen.getByText('30 days left.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Insert a sentence with the deadline' }));
    expect(await screen.findByText('The sentence could not be inserted.')).toBeTruthy();
    expect(screen.getByText(/body\.setSelectedDataAsync\. no cursor/)).toBeTruthy();
  });
});
