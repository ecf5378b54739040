/** Rules of contract § 2: tone, fees, current data, recipient safety (greeting agreement is in greeting.ts); a half-written template. */
import type { AnyRule } from '../../types';
import { rule as toneDifficult } from '../tone-difficult';
import { rule as feeDetails } from '../fee-details';
import { rule as signatureOutdated } from '../signature-outdated';
import { rule as recipientsNewDomain } from '../recipients-new-domain';
import { rule as recipientsLookalike } from '../recipients-lookalike';
import { rule as caseReferenceMissing } from '../case-reference-missing';
import { rule as placeholderLeft } from '../placeholder-left';

export const standardRules: readonly AnyRule[] = [toneDifficult, feeDetails, signatureOutdated, recipientsNewDomain, recipientsLookalike, caseReferenceMissing, placeholderLeft];
