/** Rules of SPEC § 2: plain language, exposed addresses, summons. */
import type { AnyRule } from '../../types';

export const plainRules: readonly AnyRule[] = [];
