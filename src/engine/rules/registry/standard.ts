/** Rules of SPEC § 2.1: greeting agreement, tone, fees, current data, recipient safety. */
import type { AnyRule } from '../../types';

export const standardRules: readonly AnyRule[] = [];
