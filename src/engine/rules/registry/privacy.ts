/** Rules of contract § 2: recipients visible to each other, missing attachments, personal data sent outside. */
import type { AnyRule } from '../../types';
import { rule as recipientsExternalVisible } from '../recipients-external-visible';
import { rule as attachmentMissing } from '../attachment-missing';
import { rule as sensitiveData } from '../sensitive-data';

export const privacyRules: readonly AnyRule[] = [recipientsExternalVisible, attachmentMissing, sensitiveData];
