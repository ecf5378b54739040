/**
 * Every rule, in catalogue order. Each family keeps its own list so that rule families can
 * grow independently (registry/*.ts).
 */
import type { AnyRule } from '../types';
import { coreRules } from './registry/core';
import { greetingRules } from './registry/greeting';
import { privacyRules } from './registry/privacy';
import { plainRules } from './registry/plain';
import { standardRules } from './registry/standard';

export const allRules: readonly AnyRule[] = [...coreRules, ...greetingRules, ...privacyRules, ...plainRules, ...standardRules];

export const ruleById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((r) => [r.id, r]));
