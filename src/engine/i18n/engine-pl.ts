/**
 * The Polish texts of the rules and of the on-send check: everything the launch-event bundle
 * needs (build/webpack.launchevent.cjs swaps pl.ts for this file there, so it exports the same name; the pane's texts stay out).
 */
import type { Messages } from './types';
import { core } from './pl/core';
import { greeting } from './pl/greeting';
import { privacy } from './pl/privacy';
import { plain } from './pl/plain';
import { standard } from './pl/standard';
import { send } from './pl/send';

export const pl: Messages = { ...core, ...greeting, ...privacy, ...plain, ...standard, ...send };
