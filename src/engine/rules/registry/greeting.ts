/** Rules of SPEC § 2 and § 2.1 about the greeting: missing, informal, disagreeing with the addressee. */
import type { AnyRule } from '../../types';

export const greetingRules: readonly AnyRule[] = [];
