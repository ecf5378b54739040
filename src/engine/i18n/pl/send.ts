import type { Messages } from '../types';
import { plForm } from '../plural';

/** Texts of the on-send check (Smart Alerts) in Polish. */
export const send: Messages = {
  // Short titles: the Smart Alerts dialog names each problem in a few words; the pane has the details.
  // Every rule: the send check runs the whole catalogue, and a policy may raise any rule to a
  // warning or an error (info findings never reach the dialog).
  'send.rule.subject-missing': 'Brak tematu',
  'send.rule.subject-uninformative': 'Temat nic nie mówi o sprawie',
  'send.rule.subject-too-long': 'Za długi temat',
  'send.rule.greeting-missing': 'Brak powitania',
  'send.rule.greeting-informal': 'Potoczne powitanie',
  'send.rule.greeting-mismatch': 'Powitanie nie pasuje do adresata',
  'send.rule.closing-missing': 'Brak zwrotu grzecznościowego',
  'send.rule.closing-informal': 'Potoczny zwrot na końcu',
  'send.rule.signature-missing': 'Brak podpisu urzędu',
  'send.rule.signature-incomplete': 'Niepełny podpis',
  'send.rule.signature-outdated': 'Nieaktualne dane w podpisie',
  'send.rule.recipients-external-visible': 'Odbiorcy zewnętrzni widzą się nawzajem (użyj UDW)',
  'send.rule.recipients-new-domain': 'Nowa domena odbiorcy w odpowiedzi',
  'send.rule.recipients-lookalike': 'Adres odbiorcy wygląda na literówkę',
  'send.rule.sensitive-data': 'Dane osobowe wysyłane na zewnątrz',
  'send.rule.attachment-missing': 'Wspomniany załącznik nie jest dołączony',
  'send.rule.addresses-exposed': 'Cudze adresy e-mail w treści',
  'send.rule.placeholder-left': 'Niewypełnione pole szablonu',
  'send.rule.summons-details': 'Wezwanie bez pełnych szczegółów',
  'send.rule.fee-details': 'Opłata bez kwoty lub sposobu zapłaty',
  'send.rule.tone-difficult': 'Ton nieodpowiedni w trudnej sprawie',
  'send.rule.case-reference-missing': 'Brak znaku sprawy',
  'send.rule.plain-jargon': 'Urzędowy żargon zamiast prostych słów',
  'send.rule.plain-acronym': 'Niewyjaśniony skrótowiec',
  'send.rule.plain-long-word': 'Zbyt długie słowo',
  'send.rule.plain-long-sentence': 'Zbyt długie zdanie',
  'send.rule.plain-imperative': 'Tryb rozkazujący zamiast prośby',
  'send.rule.plain-rhetorical-question': 'Pytanie retoryczne do klienta',
  'send.rule.plain-readability': 'Tekst trudny do czytania',
  'send.more': ({ count }) => `… i jeszcze ${count} ${plForm(Number(count), 'inny', 'inne', 'innych')} — zobacz panel Etykiety.`,
  'send.openPane': 'Otwórz Etykietę',
  'send.checkFailed': 'Etykieta nie mogła sprawdzić tej wiadomości ({reason}). Zgodnie z zasadami urzędu wysyłka jest wstrzymana — otwórz panel Etykiety lub spróbuj ponownie.',
};
