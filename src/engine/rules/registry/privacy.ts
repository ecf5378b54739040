/** Rules of SPEC § 2: recipients visible to each other, missing attachments, personal data sent outside. */
import type { AnyRule } from '../../types';

export const privacyRules: readonly AnyRule[] = [];
