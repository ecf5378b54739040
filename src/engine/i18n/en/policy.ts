import type { Messages } from '../types';
import { SIGNATURE_FIELDS } from '../../config';

/**
 * Problems of a policy file, in English: `policy validate`, the pane's notice, the preview. Each
 * follows the JSON path of the bad field (`$.rules["case-reference-missing"][1].pattern: …`).
 */
export const policy: Messages = {
  'policy.notJson': 'not valid JSON: {reason}',
  'policy.root': 'must be an object with organization, internalDomains, signature, rules, standard, onSend, mailboxes',
  'policy.unknownField': 'is not a known field',
  'policy.invalid': '{reason}',
  'policy.notText': 'must be a string',
  'policy.tooLong': 'must be at most {requirement} characters',
  'policy.boolean': 'must be true or false',
  'policy.organization': 'must be an object with name, address, registry, phone, email, website, accounts',
  'policy.accounts': 'must be a list of account numbers',
  'policy.domains': 'must be a list of domains',
  'policy.domain': 'must be a domain such as powiat.example.pl',
  'policy.signature': 'must be an object with required and notice',
  'policy.signatureFields': 'must be a list of fields',
  'policy.signatureField': `must be one of ${SIGNATURE_FIELDS.join(', ')}`,
  'policy.onSend': 'must be an object with block and failOpen',
  'policy.block': 'must be "errors", "warnings" or "never"',
  'policy.mailboxes': 'must be an object of mailbox addresses and their signature fields',
  'policy.mailbox': 'must be an object with name, position, department, phone, email, room',
  'policy.mailboxAddress': 'must be an e-mail address such as sekretariat@gmina.example.pl',
  'policy.mailboxDuplicate': 'is the same mailbox as "{first}" (addresses are compared without regard to case)',
  'policy.rules': 'must be an object of rule settings',
  'policy.standard': 'must be an object with name, url, refs',
  'policy.standardName': 'must not be empty: the name of the office\'s standard',
  'policy.standardUrl': 'must be a web address starting with https://',
  'policy.standardRefs': 'must be an object of rule id: paragraph of the standard, e.g. "§ 8 ust. 2 pkt 6"',
  'policy.ruleSetting': 'must be a severity ("off", "info", "warning", "error") or [severity, { options }]',
  'policy.severity': 'must be "off", "info", "warning" or "error"',
  'policy.unknownRule': 'unknown rule id "{id}"',
  'policy.unknownOption': 'unknown option "{key}" (known: {known})',
  'policy.noOptions': 'unknown option "{key}" (known: none)',
  'policy.optionType': 'must be a {expected}, got {got}',
  'policy.unreachable.timeout': 'policy could not be loaded from {url}: no answer within {ms} ms',
  'policy.unreachable.http': 'policy could not be loaded from {url}: HTTP {status}',
  'policy.unreachable.failed': 'policy could not be loaded from {url}: {reason}',

  'policy.pattern.notText': 'a pattern must be a string (a regular expression in quotes)',
  'policy.pattern.notList': 'must be a list of patterns (strings)',
  'policy.pattern.empty': 'the pattern is empty',
  'policy.pattern.tooLong': 'a pattern may have at most {max} characters',
  'policy.pattern.syntax': 'not a valid JavaScript regular expression ({reason})',
  'policy.pattern.backreference':
    'a back-reference (\\1, \\k<…>) at character {at} ("{fragment}") is not allowed: policy patterns run on a linear-time engine, which has no back-references',
  'policy.pattern.lookaround':
    'a look-ahead or look-behind ((?=…), (?!…), (?<=…), (?<!…)) at character {at} ("{fragment}") is not allowed: policy patterns run on a linear-time engine',
  'policy.pattern.namedGroup': 'a named group (?<name>…) at character {at} is not allowed; use a plain group (…)',
  'policy.pattern.groupFlags': 'flags in a group (?…:) at character {at} ("{fragment}") are not allowed; (…) and (?:…) are',
  'policy.pattern.property': 'a \\p{…} class at character {at} is not allowed (older Outlook versions lack it); list the letters, e.g. [A-ZĄĆĘŁŃÓŚŹŻ]',
  'policy.pattern.emptyLoop':
    'the repeated or optional part at character {at} ("{fragment}") can match no character; rewrite it so that it always takes at least one',
  'policy.pattern.matchesEmpty': 'the pattern matches an empty text, so it would be found in every message',
  'policy.pattern.tooComplex': 'the pattern is too complex (more than {max} steps per character once {n,m} repetitions are written out); shorten the repetitions',
};
