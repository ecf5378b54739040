/**
 * The rules the send check runs. Info-level rules (the plain-language suggestions) never
 * interrupt sending (SPEC § 5). Two content-completeness rules are left to the task pane as
 * well (PANE_ONLY): their phrase tables would push the launch-event bundle, which classic
 * Outlook loads as one file, over its 30 KB budget; what they check (a fee's amount and how to
 * pay, a summons' four details) is content the clerk fixes while writing, with the pane open.
 * A test keeps this list equal to "all rules except info ones and PANE_ONLY".
 */
import type { AnyRule } from '../engine/types';
import { rule as subjectMissing } from '../engine/rules/subject-missing';
import { rule as subjectUninformative } from '../engine/rules/subject-uninformative';
import { rule as subjectTooLong } from '../engine/rules/subject-too-long';
import { rule as closingMissing } from '../engine/rules/closing-missing';
import { rule as closingInformal } from '../engine/rules/closing-informal';
import { rule as signatureMissing } from '../engine/rules/signature-missing';
import { rule as signatureIncomplete } from '../engine/rules/signature-incomplete';
import { greetingRules } from '../engine/rules/registry/greeting';
import { privacyRules } from '../engine/rules/registry/privacy';
import { rule as toneDifficult } from '../engine/rules/tone-difficult';
import { rule as signatureOutdated } from '../engine/rules/signature-outdated';
import { rule as recipientsNewDomain } from '../engine/rules/recipients-new-domain';
import { rule as recipientsLookalike } from '../engine/rules/recipients-lookalike';
import { rule as caseReferenceMissing } from '../engine/rules/case-reference-missing';
import { rule as addressesExposed } from '../engine/rules/addresses-exposed';
import { rule as placeholderLeft } from '../engine/rules/placeholder-left';

export const PANE_ONLY: readonly string[] = ['fee-details', 'summons-details'];

export const sendRules: readonly AnyRule[] = [
  subjectMissing,
  subjectUninformative,
  subjectTooLong,
  closingMissing,
  closingInformal,
  signatureMissing,
  signatureIncomplete,
  ...greetingRules,
  ...privacyRules,
  toneDifficult,
  signatureOutdated,
  recipientsNewDomain,
  recipientsLookalike,
  caseReferenceMissing,
  addressesExposed,
  placeholderLeft,
];
