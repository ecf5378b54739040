/**
 * "Popraw wszystko, co bezpieczne" says what it changed and offers one undo that restores the
 * message exactly — and refuses the undo once the clerk has changed the message since (issue 14.8).
 */
import { waitFor } from '@testing-library/react';
import { FakeComposeAdapter, PROFILE } from './support/fake-adapter';
import { findingOf, queryFindingOf, renderPane, screen, within } from './support/render';

const RULES = ['recipients-external-visible', 'greeting-missing', 'closing-missing', 'signature-missing'];
const BODY = '<p>zaświadczenie jest gotowe do odbioru w pokoju 12.</p>';
const CITIZENS = [
  { name: 'Jan Kowalski', address: 'jan.kowalski@gmail.com' },
  { name: 'Ewa Zielińska', address: 'ewa.z@wp.pl' },
  { name: 'Piotr Wiśniewski', address: 'piotr.w@o2.pl' },
];

function letter(): FakeComposeAdapter {
  return new FakeComposeAdapter({ from: { name: 'Anna Nowak', address: 'anna.nowak@gmina.example.pl' }, to: CITIZENS, subject: 'Zaświadczenie', bodyHtml: BODY }, PROFILE);
}

const fixAll = () => screen.findByRole('button', { name: 'Popraw wszystko, co bezpieczne' });

describe('task pane: fix all', () => {
  test('lists every change in the clerk\'s words', async () => {
    const adapter = letter();
    const { user } = renderPane(adapter, { rules: RULES });
    await waitFor(() => findingOf('recipients-external-visible'));
    await user.click(await fixAll());

    await waitFor(() => expect(screen.getByText('Zastosowano 4 poprawki.')).toBeTruthy());
    const items = screen.getAllByRole('listitem').filter((li) => !li.dataset.rule).map((li) => li.textContent);
    expect(items).toEqual([
      'Przeniesiono 3 adresy do UDW, a w polu „Do” zostaje anna.nowak@gmina.example.pl.',
      'Dodano powitanie „Szanowni Państwo,”.',
      'Dodano zwrot grzecznościowy „Z poważaniem”.',
      'Wstawiono podpis urzędu.',
    ]);
    expect(queryFindingOf('recipients-external-visible')).toBeNull();
  });

  test('one undo restores body, subject and recipients exactly', async () => {
    const adapter = letter();
    const before = JSON.parse(JSON.stringify(adapter.message));
    const { user } = renderPane(adapter, { rules: RULES });
    await waitFor(() => findingOf('recipients-external-visible'));
    await user.click(await fixAll());
    const undo = await screen.findByRole('button', { name: 'Cofnij te poprawki' });
    expect(adapter.message.bodyHtml).not.toBe(BODY);

    await user.click(undo);
    expect(await screen.findByText('Cofnięto poprawki: wiadomość jest taka jak przed „Popraw wszystko”.')).toBeTruthy();
    expect(adapter.message).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Cofnij te poprawki' })).toBeNull();
    // The findings are back, so "fix all" can run again.
    await waitFor(() => findingOf('recipients-external-visible'));
  });

  test('after the clerk edits the message the undo refuses and changes nothing', async () => {
    const adapter = letter();
    const { user } = renderPane(adapter, { rules: RULES });
    await waitFor(() => findingOf('recipients-external-visible'));
    await user.click(await fixAll());
    const undo = await screen.findByRole('button', { name: 'Cofnij te poprawki' });
    adapter.edit({ bodyHtml: `${adapter.message.bodyHtml}<p>Dopisek urzędniczki.</p>` });
    const edited = JSON.parse(JSON.stringify(adapter.message));

    await user.click(undo);
    expect(await screen.findByText(/Wiadomość zmieniła się po poprawkach/)).toBeTruthy();
    expect(adapter.message).toEqual(edited);
    expect(adapter.restored).toEqual([]);
  });

  test('another fix ends the offer to undo', async () => {
    const adapter = new FakeComposeAdapter({ subject: '', bodyHtml: '<p>Szanowna Pani,</p><p>treść.</p>' }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['closing-missing', 'signature-missing', 'greeting-informal'] });
    await user.click(await fixAll());
    await screen.findByRole('button', { name: 'Cofnij te poprawki' });
    adapter.edit({ bodyHtml: adapter.message.bodyHtml!.replace('Szanowna Pani', 'Witam') });
    const accept = await waitFor(() => within(findingOf('greeting-informal')).getByRole('button', { name: 'Zastosuj' }));
    await user.click(accept);
    await waitFor(() => expect(queryFindingOf('greeting-informal')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Cofnij te poprawki' })).toBeNull();
  });
});
