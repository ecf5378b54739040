import type { Messages } from '../types';

/** plainwords messages in Polish (plain-jargon, plain-acronym, plain-imperative, plain-rhetorical-question). Keys: `<rule-id>/<message-id>`. */
export const plainwords: Messages = {
  'plain-jargon/swap': '„{phrase}” – napisz prościej: „{to}” ({notePl}). Standard: unikaj terminów niezrozumiałych dla klientów.',
  'plain-jargon/rewrite': '„{phrase}” – napisz prościej, np. „{to}”, i dopasuj do tego resztę zdania ({notePl}). Tu żadna automatyczna zamiana nie byłaby poprawna.',
  'plain-jargon/explain': '„{phrase}” – urzędowy zwrot, który klient może źle zrozumieć: {notePl}.',

  'plain-acronym/unexplained':
    'Skrótowiec „{acronym}” może być dla klienta niezrozumiały. Przy pierwszym użyciu napisz pełną nazwę ze skrótem w nawiasie, np. „Samorządowe Kolegium Odwoławcze (SKO)”, albo zrezygnuj ze skrótu.',

  'plain-imperative/imperative':
    '„{verb}” to tryb rozkazujący, którego standard każe unikać. Napisz grzeczniej: „{suggestion}”.',

  'plain-rhetorical-question/rhetorical':
    '„{phrase} …?” brzmi jak pytanie retoryczne – standard każe ich unikać. Napisz wprost, co klient powinien wiedzieć lub zrobić.',
};
