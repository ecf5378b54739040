/**
 * The rules the send check runs: every rule whose default severity can stop or question a send.
 * Info-level rules (the plain-language suggestions) never interrupt sending (SPEC § 5), and
 * leaving their word tables out keeps the launch-event bundle under its 30 KB budget.
 * A test keeps this list equal to "all rules except the info ones".
 */
import type { AnyRule } from '../engine/types';
import { coreRules } from '../engine/rules/registry/core';
import { greetingRules } from '../engine/rules/registry/greeting';
import { privacyRules } from '../engine/rules/registry/privacy';
import { standardRules } from '../engine/rules/registry/standard';

export const sendRules: readonly AnyRule[] = [...coreRules, ...greetingRules, ...privacyRules, ...standardRules];
