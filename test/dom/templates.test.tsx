import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TaskpaneRoot } from '../../src/taskpane/mount';
import { acknowledgementTemplate, outOfOfficeText, summonsTemplate } from '../../src/engine/templates';
import type { SenderProfile } from '../../src/engine/model';
import { FakeComposeAdapter, PROFILE, policyState } from './support/fake-adapter';
import { rulesFor, screen, within, viewLoaded } from './support/render';

const FULL_PROFILE: SenderProfile = { ...PROFILE, room: '104' };

function pane(options: { profile?: SenderProfile; language?: string; composeType?: 'reply' | 'new' } = {}) {
  const adapter = new FakeComposeAdapter(
    { subject: 'RE: Wniosek o zaświadczenie', composeType: options.composeType ?? 'reply', bodyHtml: '<p>Dzień dobry,</p><p>dziękuję.</p>' },
    options.profile ?? FULL_PROFILE,
  );
  adapter.language = options.language ?? 'pl-PL';
  const user = userEvent.setup();
  render(<TaskpaneRoot adapter={adapter} policy={policyState()} rules={rulesFor('subject-missing')} today="2026-11-23" />);
  return { adapter, user };
}

async function openTemplates(user: ReturnType<typeof userEvent.setup>, name = 'Szablony') {
  // The profile comes with the first check; wait for it so the summons sees it.
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toMatch(/Sprawdzam|Checking/));
  await user.click(screen.getByRole('tab', { name }));
  await viewLoaded();
}

const region = (name: string | RegExp) => screen.getByRole('region', { name });

async function retype(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) await user.type(field, text);
}

describe('task pane: templates', () => {
  test('the tab is there on new messages too, before Settings', async () => {
    const { user } = pane({ composeType: 'new' });
    await openTemplates(user);
    expect(screen.getAllByRole('tab').map((t) => t.getAttribute('aria-label') ?? t.textContent)).toEqual(['Sprawdź', 'Szablony', 'Ustawienia']);
    expect(screen.getByRole('tabpanel', { name: 'Szablony' })).toBeTruthy();
  });

  test('the acknowledgement defaults to today and a month later, and goes to the top', async () => {
    const { adapter, user } = pane();
    await openTemplates(user);
    const ack = region('Potwierdzenie otrzymania');
    expect((within(ack).getByLabelText('Data otrzymania wiadomości') as HTMLInputElement).value).toBe('23.11.2026');
    expect((within(ack).getByLabelText(/Przewidywany termin odpowiedzi/) as HTMLInputElement).value).toBe('23.12.2026');

    await user.type(within(ack).getByLabelText('Znak sprawy (jeśli nadano)'), 'OR.1234.5.2026');
    await user.click(within(ack).getByRole('button', { name: 'Wstaw potwierdzenie' }));
    expect(await within(ack).findByText('Wstawiono szablon do treści wiadomości.')).toBeTruthy();
    expect(adapter.templates).toEqual([acknowledgementTemplate('pl', { received: '2026-11-23', caseReference: 'OR.1234.5.2026', replyBy: '2026-12-23' }, adapter.message)]);
    expect(adapter.templates[0].body).toContain('OR.1234.5.2026');
    // Below the letter's greeting, which stays the only one, an empty line apart; the closing is added once.
    expect(adapter.message.bodyHtml).toBe(
      '<p>Dzień dobry,</p><div><br></div><div>potwierdzam otrzymanie Państwa wiadomości z dnia 23.11.2026 r. Sprawie nadano znak OR.1234.5.2026 – prosimy powoływać się na niego w dalszej korespondencji. Odpowiedź przekażemy niezwłocznie, nie później niż do 23.12.2026 r.</div><div><br></div><p>dziękuję.</p><div><br></div><div>Z poważaniem</div>',
    );
  });

  test('issue 14.6: on a reply the acknowledgement starts from the quoted letter\'s date, as the deadline tab does', async () => {
    const adapter = new FakeComposeAdapter(
      {
        subject: 'RE: Wniosek',
        composeType: 'reply',
        to: [{ name: 'Katarzyna Mazur', address: 'k.mazur@interia.pl' }],
        bodyHtml:
          '<div>dziękuję.</div><div id="divRplyFwdMsg"><b>Od:</b> Katarzyna Mazur &lt;k.mazur@interia.pl&gt;<br><b>Wysłane:</b> poniedziałek, 21 grudnia 2026 10:12<br><b>Temat:</b> Wniosek</div><div>Dzień dobry, proszę o zaświadczenie.</div>',
      },
      FULL_PROFILE,
    );
    const user = userEvent.setup();
    render(<TaskpaneRoot adapter={adapter} policy={policyState()} rules={rulesFor('subject-missing')} today="2026-12-04" />);
    await openTemplates(user);
    const ack = region('Potwierdzenie otrzymania');
    expect((within(ack).getByLabelText('Data otrzymania wiadomości') as HTMLInputElement).value).toBe('21.12.2026');
    expect((within(ack).getByLabelText(/Przewidywany termin odpowiedzi/) as HTMLInputElement).value).toBe('21.01.2027');
    await user.click(within(ack).getByRole('button', { name: 'Wstaw potwierdzenie' }));
    await waitFor(() => expect(adapter.templates).toHaveLength(1));
    // A single woman: "Szanowna Pani" and "Pani wiadomości", and the deadline tab's date.
    expect(adapter.templates[0].greeting).toBe('Szanowna Pani,');
    expect(adapter.templates[0].body).toBe('potwierdzam otrzymanie Pani wiadomości z dnia 21.12.2026 r. Odpowiedź przekażemy niezwłocznie, nie później niż do 21.01.2027 r.');
    await user.click(screen.getByRole('tab', { name: 'Termin' }));
    expect(((await screen.findByLabelText('Data wpływu pisma')) as HTMLInputElement).value).toBe('21.12.2026');
    expect(screen.getByText('Termin: 21.01.2027 r.')).toBeTruthy();
  });

  test('the reply date follows the received date until the clerk sets it', async () => {
    const { adapter, user } = pane();
    await openTemplates(user);
    const ack = region('Potwierdzenie otrzymania');
    // 2026-10-31 + 1 month: 30 November (no 31st), a Monday.
    await retype(user, within(ack).getByLabelText('Data otrzymania wiadomości'), '31.10.2026');
    const replyBy = within(ack).getByLabelText(/Przewidywany termin odpowiedzi/) as HTMLInputElement;
    expect(replyBy.value).toBe('30.11.2026');
    await retype(user, replyBy, '2026-11-20');
    await retype(user, within(ack).getByLabelText('Data otrzymania wiadomości'), '2026-10-30');
    expect(replyBy.value).toBe('2026-11-20'); // as typed: an ISO date is understood too

    await user.click(within(ack).getByRole('button', { name: 'Wstaw potwierdzenie' }));
    await waitFor(() => expect(adapter.templates).toHaveLength(1));
    expect(adapter.templates[0]).toEqual(acknowledgementTemplate('pl', { received: '2026-10-30', caseReference: '', replyBy: '2026-11-20' }, adapter.message));
  });

  test('the summons takes the room, name and phone from the profile and goes to the top', async () => {
    const { adapter, user } = pane();
    await openTemplates(user);
    const summons = region('Wezwanie');
    expect(within(summons).queryByText(/W Twoich danych brakuje/)).toBeNull();

    await user.type(within(summons).getByLabelText('W sprawie'), 'wydania prawa jazdy');
    await retype(user, within(summons).getByLabelText('Data stawiennictwa'), '2026-12-01');
    await retype(user, within(summons).getByLabelText('Godzina'), '10:30');
    await user.click(within(summons).getByRole('button', { name: 'Wstaw wezwanie' }));
    expect(await within(summons).findByText('Wstawiono szablon do treści wiadomości.')).toBeTruthy();

    const expected = summonsTemplate('pl', { date: '2026-12-01', time: '10:30', hours: '', matter: 'wydania prawa jazdy', sender: FULL_PROFILE }, adapter.message);
    expect(adapter.templates).toEqual([expected]);
    for (const part of ['104', 'Anna Nowak', '+48 22 123 45 67', '10:30']) expect(expected.body).toContain(part);
  });

  test('office hours stand in for a date', async () => {
    const { adapter, user } = pane();
    await openTemplates(user);
    const summons = region('Wezwanie');
    await user.type(within(summons).getByLabelText(/Godziny pracy urzędu/), 'pon.–pt. 8:00–15:00');
    await user.click(within(summons).getByRole('button', { name: 'Wstaw wezwanie' }));
    await waitFor(() => expect(adapter.templates).toHaveLength(1));
    expect(adapter.templates[0]).toEqual(summonsTemplate('pl', { hours: 'pon.–pt. 8:00–15:00', sender: FULL_PROFILE }, adapter.message));
  });

  test('missing profile fields are named, with the way to Settings', async () => {
    const { adapter, user } = pane({ profile: { name: 'Anna Nowak' } });
    await openTemplates(user);
    const summons = region('Wezwanie');
    expect(within(summons).getByText('W Twoich danych brakuje: numer pokoju, telefon. Wezwanie musi je podawać – uzupełnij je w zakładce Ustawienia.')).toBeTruthy();

    // The text still goes in, with visible placeholders the clerk cannot overlook.
    await user.click(within(summons).getByRole('button', { name: 'Wstaw wezwanie' }));
    await waitFor(() => expect(adapter.templates).toHaveLength(1));
    expect(adapter.templates[0].body).toContain('[uzupełnij: numer pokoju]');

    await user.click(within(summons).getByRole('button', { name: 'Otwórz Ustawienia' }));
    expect(screen.getByRole('tab', { name: 'Ustawienia' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Ustawienia' }));
  });

  test('a failed insertion names the Outlook call', async () => {
    const { adapter, user } = pane();
    adapter.fail('insertTemplate', 'body.setAsync', 'the item is read-only');
    await openTemplates(user);
    const ack = region('Potwierdzenie otrzymania');
    await user.click(within(ack).getByRole('button', { name: 'Wstaw potwierdzenie' }));
    expect(await within(ack).findByText('Nie udało się wstawić szablonu.')).toBeTruthy();
    expect(within(ack).getByText(/body\.setAsync\. the item is read-only/)).toBeTruthy();
    expect(adapter.templates).toEqual([]);
  });

  describe('out of office', () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

    /** user-event's setup() puts its own clipboard on navigator: stub ours after it. */
    function stubClipboard(clipboard: { writeText: jest.Mock } | undefined) {
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
    }

    afterEach(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    });

    test('shows the text read-only and copies it, with where to paste it', async () => {
      const { adapter, user } = pane();
      const writeText = jest.fn().mockResolvedValue(undefined);
      stubClipboard({ writeText });
      await openTemplates(user);
      const ooo = region('Autoodpowiedź na czas nieobecności');
      await retype(user, within(ooo).getByLabelText('Data powrotu'), '2026-12-28');
      await user.type(within(ooo).getByLabelText('Imię i nazwisko zastępcy'), 'Jan Wiśniewski');
      await user.type(within(ooo).getByLabelText('Telefon zastępcy'), '+48 22 123 45 68');
      await user.type(within(ooo).getByLabelText('E-mail zastępcy'), 'j.wisniewski@urzad.example.pl');

      const expected = outOfOfficeText('pl', { returnDate: '2026-12-28', substitute: { name: 'Jan Wiśniewski', phone: '+48 22 123 45 68', email: 'j.wisniewski@urzad.example.pl' } });
      const text = within(ooo).getByLabelText('Tekst autoodpowiedzi') as HTMLTextAreaElement;
      expect(text.value).toBe(expected);
      expect(text.readOnly).toBe(true);

      await user.click(within(ooo).getByRole('button', { name: 'Kopiuj' }));
      expect(await within(ooo).findByText('Skopiowano tekst do schowka.')).toBeTruthy();
      expect(writeText).toHaveBeenCalledWith(expected);
      expect(within(ooo).getByText(/Plik → Odpowiedzi automatyczne/)).toBeTruthy();
      expect(within(ooo).getByText(/Ustawienia → Poczta → Odpowiedzi automatyczne/)).toBeTruthy();
      // Nothing goes into the message itself.
      expect(adapter.templates).toEqual([]);

      // A changed text is not the one that was copied.
      await user.type(within(ooo).getByLabelText('Imię i nazwisko zastępcy'), 'a');
      expect(within(ooo).queryByText('Skopiowano tekst do schowka.')).toBeNull();
    });

    test('without a clipboard the clerk is told to copy by hand, and the text is selected', async () => {
      const { user } = pane();
      stubClipboard(undefined);
      await openTemplates(user);
      const ooo = region('Autoodpowiedź na czas nieobecności');
      await user.click(within(ooo).getByRole('button', { name: 'Kopiuj' }));
      expect(await within(ooo).findByText(/Nie udało się skopiować do schowka\..*Ctrl\+C/)).toBeTruthy();
      const text = within(ooo).getByLabelText('Tekst autoodpowiedzi') as HTMLTextAreaElement;
      expect(document.activeElement).toBe(text);
      expect([text.selectionStart, text.selectionEnd]).toEqual([0, text.value.length]);
    });

    test('a refused clipboard write says the same', async () => {
      const { user } = pane();
      stubClipboard({ writeText: jest.fn().mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError')) });
      await openTemplates(user);
      const ooo = region('Autoodpowiedź na czas nieobecności');
      await user.click(within(ooo).getByRole('button', { name: 'Kopiuj' }));
      expect(await within(ooo).findByText(/Nie udało się skopiować do schowka/)).toBeTruthy();
    });
  });

  test('English renders, and the templates are English', async () => {
    const { adapter, user } = pane({ language: 'en-US', profile: { phone: '+48 22 123 45 67' } });
    await openTemplates(user, 'Templates');
    expect(screen.getByRole('heading', { name: 'Letter templates' })).toBeTruthy();
    const ack = region('Acknowledgement of receipt');
    expect((within(ack).getByLabelText(/Expected reply date/) as HTMLInputElement).value).toBe('2026-12-23');
    await user.click(within(ack).getByRole('button', { name: 'Insert the acknowledgement' }));
    await waitFor(() => expect(adapter.templates).toHaveLength(1));
    expect(adapter.templates[0]).toEqual(acknowledgementTemplate('en', { received: '2026-11-23', caseReference: '', replyBy: '2026-12-23' }, adapter.message));

    const summons = region('Summons');
    expect(within(summons).getByText(/Your details lack: room number, name\./)).toBeTruthy();
    expect(within(region('Out-of-office reply')).getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(within(region('Out-of-office reply')).getByText(/File → Automatic Replies/)).toBeTruthy();
  });
});
