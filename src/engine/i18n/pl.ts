/** Every Polish text of Etykieta, one file per area (date-fns style locale). */
import type { Messages } from './types';
import { core } from './pl/core';
import { greeting } from './pl/greeting';
import { privacy } from './pl/privacy';
import { plain } from './pl/plain';
import { plainwords } from './pl/plainwords';
import { content } from './pl/content';
import { standard } from './pl/standard';
import { signature } from './pl/signature';
import { send } from './pl/send';
import { ui } from './pl/ui';
import { deadlines } from './pl/deadlines';
import { templates } from './pl/templates';
import { policy } from './pl/policy';
import { edits } from './pl/edits';
import { why } from './pl/why';

export const pl: Messages = { ...core, ...greeting, ...privacy, ...plain, ...plainwords, ...content, ...standard, ...signature, ...send, ...ui, ...deadlines, ...templates, ...policy, ...edits, ...why };
