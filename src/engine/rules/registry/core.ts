/** Rules of contract § 2: subject, greeting, closing, signature, recipients, attachments, sensitive data. */
import type { AnyRule } from '../../types';
import { rule as subjectMissing } from '../subject-missing';
import { rule as subjectUninformative } from '../subject-uninformative';
import { rule as subjectTooLong } from '../subject-too-long';
import { rule as closingMissing } from '../closing-missing';
import { rule as closingInformal } from '../closing-informal';
import { rule as signatureMissing } from '../signature-missing';
import { rule as signatureIncomplete } from '../signature-incomplete';

export const coreRules: readonly AnyRule[] = [subjectMissing, subjectUninformative, subjectTooLong, closingMissing, closingInformal, signatureMissing, signatureIncomplete];
