import type { MessageData } from '../../types';
import type { Messages } from '../types';

/** Signature fields that signature-outdated compares with the policy. */
const OUTDATED_FIELDS: Record<string, string> = { address: 'address', phone: 'phone', registry: 'registry data' };

/** "address,phone" with the policy's values -> "address (current: ul. …), phone (current: …)". */
function outdatedList(d: MessageData): string {
  return String(d.fields ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => (d[f] ? `${OUTDATED_FIELDS[f] ?? f} (current: ${d[f]})` : (OUTDATED_FIELDS[f] ?? f)))
    .join(', ');
}

/** standard messages in English. Keys: `<rule-id>/<message-id>` or `<area>.<name>`. */
export const standard: Messages = {
  'tone-difficult/client-wrong':
    '“{phrase}” – do not tell the citizen they are wrong (customer-service standard: difficult situations; § 12(2)(3)). Explain instead what the law says and on what basis, e.g. “Under art. … the matter stands as follows: …”.',
  'tone-difficult/calm-down':
    '“{phrase}” – do not ask the citizen to calm down: it makes things worse (customer-service standard: difficult situations). Say that you understand their frustration and want to solve the matter quickly, e.g. “I understand this is a nuisance. I will do my best to clear it up”.',
  'tone-difficult/blame':
    '“{phrase}” – do not shift the blame onto colleagues or other departments. If the office made a mistake, apologise on its behalf and say how you will put it right, e.g. “We apologise for the mistake. The corrected decision will be sent to …”.',
  'tone-difficult/criticise-law':
    '“{phrase}” – do not criticise the law or the procedures in force (§ 12(2)(4)). Explain where the requirement comes from and what the citizen can do, e.g. “This requirement comes from art. …. To settle the matter, you only need to …”.',

  'fee-details/amount':
    'The message asks for a payment (“{word}”) but gives no amount. Say how much to pay, e.g. “17 zł”.',
  'fee-details/method':
    'The message asks for a payment (“{word}”) but does not say how or where to pay. Give the office’s bank account or the place (e.g. the cash desk, room no. …), and for a transfer what to write in its title.',

  'signature-outdated/outdated': (d) =>
    `The signature has outdated office data: ${outdatedList(d)}. Insert the current signature (standard: keep the data in the message current).`,

  'recipients-new-domain/newDomain':
    'The address {address} is at the domain {domain}, which took no part in the conversation so far. Check that this is the right recipient and that the address has no typo.',

  'recipients-lookalike/lookalike':
    'The domain of {address} (“{domain}”) differs by one character from “{resembles}”. Check for a typo – the message could reach a stranger.',

  'case-reference-missing/missing':
    'Neither the subject nor the text gives the case reference (e.g. KT.5430.112.2026). Add it so the recipient can quote it.',
};
