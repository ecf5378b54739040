/**
 * The English texts of the rules and of the on-send check: everything the launch-event bundle
 * needs (build/webpack.launchevent.cjs swaps en.ts for this file there, so it exports the same name; the pane's texts stay out).
 */
import type { Messages } from './types';
import { core } from './en/core';
import { greeting } from './en/greeting';
import { privacy } from './en/privacy';
import { plain } from './en/plain';
import { standard } from './en/standard';
import { send } from './en/send';

export const en: Messages = { ...core, ...greeting, ...privacy, ...plain, ...standard, ...send };
