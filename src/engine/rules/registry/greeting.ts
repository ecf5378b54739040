/** Rules of contract § 2 and § 2.1 about the greeting: missing, informal, disagreeing with the addressee. */
import type { AnyRule } from '../../types';
import { rule as greetingMissing } from '../greeting-missing';
import { rule as greetingInformal } from '../greeting-informal';
import { rule as greetingMismatch } from '../greeting-mismatch';

export const greetingRules: readonly AnyRule[] = [greetingMissing, greetingInformal, greetingMismatch];
