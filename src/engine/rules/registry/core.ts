/** Rules of SPEC § 2: subject, greeting, closing, signature, recipients, attachments, sensitive data. */
import type { AnyRule } from '../../types';

export const coreRules: readonly AnyRule[] = [];
