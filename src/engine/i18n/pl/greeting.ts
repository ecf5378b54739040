import type { Messages } from '../types';
import { plForm } from '../plural';

/** greeting messages in Polish. Keys: `<rule-id>/<message-id>`. */
export const greeting: Messages = {
  'greeting-missing/missing': 'Wiadomość nie zaczyna się od powitania. Dodaj na początku „{suggestion}”.',
  'greeting-informal/informal': 'Powitanie „{greeting}” jest zbyt potoczne w korespondencji urzędu. Lepiej: „{suggestion}”.',
  'greeting-mismatch/number': (d) =>
    `Wiadomość trafia do ${d.count} ${plForm(Number(d.count), 'osoby', 'osób', 'osób')}, a powitanie „${d.greeting}” zwraca się do jednej. Lepiej: „${d.suggestion}”.`,
  'greeting-mismatch/gender': 'Powitanie „{greeting}” nie pasuje do adresata ({name}). Lepiej: „{suggestion}”.',
  'greeting-mismatch/gender-guess': 'Imię adresata ({name}) kończy się na „-a”, więc zwykle to kobieta, a powitanie brzmi „{greeting}”. Jeśli piszesz do kobiety, napisz „{suggestion}”.',
  'greeting-mismatch/surname': 'W powitaniu nie podaje się nazwiska („{surname}”). Wystarczy „{suggestion}”.',
};
