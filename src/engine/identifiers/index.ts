/** Pure validators and a linear scanner for Polish identifiers (contract § 2, sensitive-data). */
export { isValidPesel, peselBirthDate, isValidIdCard, isValidPassport } from './personal';
export { isValidIban, isValidNrb, accountDigits } from './account';
export { isValidNip, isValidRegon } from './business';
export { findIdentifiers, maskIdentifier, IDENTIFIER_KINDS, type IdentifierKind, type FoundIdentifier } from './scan';
export { keywordBefore } from './keyword-context';
