/**
 * Sample messages of the preview, good and bad. Each is a fresh compose window: the clerk is
 * Anna Nowak of a gmina office (gmina.example.pl), writing to citizens.
 */
import type { EngineConfig } from '../engine/config';
import type { SenderProfile } from '../engine/model';
import type { Lang } from '../engine/i18n';
import { buildSignature } from '../engine/signature';
import type { EmailAddressLike } from '../office/office-like';
import type { PreviewState } from './mailbox';

export type SampleContext = { config: EngineConfig; profile: SenderProfile; lang: Lang };
export type Sample = { id: string; build(context: SampleContext): Partial<PreviewState> };

const person = (displayName: string, emailAddress: string): EmailAddressLike => ({ displayName, emailAddress });
const html = (inner: string) => `<html><head><meta charset="utf-8"></head><body>${inner}</body></html>`;
const div = (...lines: string[]) => lines.map((l) => (l === '' ? '<div><br></div>' : `<div>${l}</div>`)).join('');

/** Outlook on the web's quoted thread below a reply. */
const outlookQuote = (from: string, date: string, subject: string, ...lines: string[]) =>
  '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
  `<div id="divRplyFwdMsg" dir="ltr"><b>Od:</b> ${from}<br><b>Wysłane:</b> ${date}<br><b>Do:</b> Urząd Gminy &lt;urzad@gmina.example.pl&gt;<br><b>Temat:</b> ${subject}</div>` +
  `<div>${lines.join('<br>')}</div>`;

export const SAMPLES: readonly Sample[] = [
  { id: 'empty', build: () => ({}) },
  {
    id: 'clean-reply',
    build: ({ config, profile, lang }) => ({
      composeType: 'reply',
      subject: 'RE: Wniosek o wydanie zaświadczenia – znak OR.1234.5.2026',
      to: [person('Jan Kowalski', 'jan.kowalski@gmail.com')],
      bodyHtml: html(
        div('Szanowny Panie,', '', 'dziękujemy za wniosek. Zaświadczenie jest gotowe do odbioru w pokoju 12 od poniedziałku do piątku w godzinach 8:00–15:00.', '', 'Z poważaniem') +
          buildSignature(config, profile, 'short', lang).html +
          outlookQuote('Jan Kowalski &lt;jan.kowalski@gmail.com&gt;', 'piątek, 20 listopada 2026 10:12', 'Wniosek o wydanie zaświadczenia', 'Dzień dobry,', 'proszę o wydanie zaświadczenia o zameldowaniu.', 'Jan Kowalski'),
      ),
    }),
  },
  {
    id: 'every-problem',
    build: () => ({
      subject: '',
      to: [person('Jan Kowalski', 'jan.kowalski@gmail.com'), person('Ewa Zielińska', 'ewa.z@wp.pl'), person('Piotr Wiśniewski', 'piotr.w@o2.pl'), person('Maria Lewandowska', 'maria.l@onet.pl')],
      bodyHtml: html(div('Witam', '', 'niniejszym informuję, że w załączeniu przesyłam decyzję. Celem odbioru dokumentów należy uiścić opłatę w dniu dzisiejszym.', '', 'Pozdro')),
    }),
  },
  {
    id: 'quoted-thread',
    build: () => ({
      composeType: 'reply',
      subject: 'RE: Podatek od nieruchomości',
      to: [person('Katarzyna Mazur', 'k.mazur@interia.pl')],
      bodyHtml: html(
        div('w odpowiedzi na pytanie informuję, że decyzja zostanie wysłana w przyszłym tygodniu.') +
          outlookQuote('Katarzyna Mazur &lt;k.mazur@interia.pl&gt;', 'czwartek, 19 listopada 2026 14:30', 'Podatek od nieruchomości', 'Dzień dobry,', 'kiedy otrzymam decyzję w sprawie podatku?', 'Pozdrawiam, Katarzyna Mazur'),
      ),
    }),
  },
  {
    id: 'summons-no-room',
    build: ({ config, profile, lang }) => ({
      subject: 'Wezwanie do uzupełnienia wniosku – znak OR.1234.7.2026',
      to: [person('Tomasz Nowicki', 'tomasz.nowicki@gmail.com')],
      bodyHtml: html(div('Szanowny Panie,', '', 'proszę o osobiste stawiennictwo w urzędzie w dniu 30 listopada 2026 r. w celu podpisania wniosku.', '', 'Z poważaniem') + buildSignature(config, profile, 'full', lang).html),
    }),
  },
  {
    id: 'fee-no-amount',
    build: ({ config, profile, lang }) => ({
      subject: 'Opłata za wydanie zaświadczenia',
      to: [person('Agnieszka Wójcik', 'agnieszka.wojcik@wp.pl')],
      bodyHtml: html(div('Szanowna Pani,', '', 'przed odbiorem zaświadczenia proszę wpłacić opłatę skarbową.', '', 'Z poważaniem') + buildSignature(config, profile, 'full', lang).html),
    }),
  },
  {
    id: 'pesel-gmail',
    build: ({ config, profile, lang }) => ({
      subject: 'Potwierdzenie danych do decyzji',
      to: [person('Jan Kowalski', 'jan.kowalski@gmail.com')],
      bodyHtml: html(div('Szanowny Panie,', '', 'potwierdzam dane do decyzji: Jan Kowalski, PESEL 44051401359.', '', 'Z poważaniem') + buildSignature(config, profile, 'full', lang).html),
      attachments: [],
    }),
  },
];

export const DEFAULT_SAMPLE = 'empty';

export function sampleById(id: string | null | undefined): Sample {
  return SAMPLES.find((s) => s.id === id) ?? SAMPLES[0];
}
