import { waitFor } from '@testing-library/react';
import { FakeComposeAdapter, PROFILE } from './support/fake-adapter';
import { renderPane, screen, within } from './support/render';
import { fogPl } from '../../src/engine/text/readability';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage } from '../../src/engine/model';
import { formatMessage } from '../../src/engine/i18n';

// A plainly written reply of more than 40 words: short sentences, few long words.
const plain =
  '<p>Szanowna Pani,</p><p>dziękuję za wniosek. Dowód osobisty jest gotowy. Może go Pani odebrać w urzędzie. ' +
  'Urząd jest czynny od poniedziałku do piątku. Proszę zabrać stary dowód. Odbiór trwa kilka minut. ' +
  'Nie trzeba się umawiać. Jeśli ma Pani pytania, proszę zadzwonić. Chętnie pomożemy. W razie potrzeby odbiór może załatwić pełnomocnik.</p>';
// Bureaucratic prose: long sentences full of four-syllable words.
const dense =
  '<p>Uprzejmie informuję, że w związku z niekompletnością przedłożonej dokumentacji administracyjnej niezbędne jest ' +
  'niezwłoczne uzupełnienie brakujących zaświadczeń potwierdzających uprawnienia wnioskodawcy do prowadzenia ' +
  'przedmiotowej działalności gospodarczej, albowiem nieuzupełnienie wspomnianych dokumentów skutkować będzie ' +
  'pozostawieniem przedmiotowego wniosku bez rozpoznania zgodnie z obowiązującymi przepisami postępowania administracyjnego ' +
  'oraz odpowiedzialnością wnioskodawcy za ewentualne nieprawidłowości formalnoprawne.</p>';

function openPlainGroup(user: ReturnType<typeof renderPane>['user']) {
  return waitFor(() => screen.getByRole('button', { name: /Prosty język/ })).then((b) => user.click(b));
}

describe('readability meter', () => {
  test('shows the FOG-PL score of the own text with its meaning, as the engine computes it', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Dowód osobisty', bodyHtml: dense }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['plain-readability'] });
    await openPlainGroup(user);
    const meter = await screen.findByTestId('readability');
    const expected = fogPl(parseBody(createMessage({ bodyHtml: dense }))).score;
    expect(expected).toBeGreaterThan(13);
    expect(within(meter).getByText(`FOG-PL: ${expected.toLocaleString('pl-PL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}`)).toBeTruthy();
    expect(within(meter).getByText(formatMessage('pl', 'plain-readability/band-very-hard'))).toBeTruthy();
    expect(within(meter).getByRole('progressbar', { name: /^FOG-PL: / })).toBeTruthy();
  });

  test('a plain text scores lower than bureaucratic prose', async () => {
    const a = fogPl(parseBody(createMessage({ bodyHtml: plain }))).score;
    const b = fogPl(parseBody(createMessage({ bodyHtml: dense }))).score;
    expect(a).toBeLessThan(b);
  });

  test('a short message is not scored, and says so', async () => {
    const adapter = new FakeComposeAdapter({ subject: 'Dowód osobisty', bodyHtml: '<p>Dzień dobry,</p><p>dowód jest gotowy.</p>' }, PROFILE);
    const { user } = renderPane(adapter, { rules: ['plain-readability'], lang: 'en' });
    await waitFor(() => screen.getByRole('button', { name: /Plain language/ })).then((b) => user.click(b));
    const meter = await screen.findByTestId('readability');
    expect(within(meter).getByText('The text is too short to rate its readability.')).toBeTruthy();
    expect(within(meter).queryByRole('progressbar')).toBeNull();
  });
});
