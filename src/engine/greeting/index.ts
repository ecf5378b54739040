/** Greetings: who the addressee is, what greeting they get, and what greeting the clerk wrote. */
export { firstNameSex, genderOfFirstName, isFirstNameForm, isKnownFirstName, type Gender, type NameSex } from './first-name';
export { COMPACT_FIRST_NAMES, FirstNamesTextError, parseFirstNamesText, type FirstNameTable, type NameInfo } from './first-name-table';
export { isOfficeAddress, parseDisplayName, parseRecipient, type PersonName } from './display-name';
export { genderOf, genderOfPerson } from './gender';
export { parseGreeting, type Greeting, type GreetingForm } from './parse-greeting';
export { openingGreeting, openingLine } from './opening';
export { addressees, formalSingular, FORMAL_PLURAL, greetedPeople, suggestGreeting, suggestGreetingPhrase, type Addressee, type GreetingLang, type IsExternal } from './suggest';
