/** Every English text of Etykieta, one file per area (date-fns style locale). */
import type { Messages } from './types';
import { core } from './en/core';
import { greeting } from './en/greeting';
import { privacy } from './en/privacy';
import { plain } from './en/plain';
import { plainwords } from './en/plainwords';
import { content } from './en/content';
import { standard } from './en/standard';
import { signature } from './en/signature';
import { send } from './en/send';
import { ui } from './en/ui';
import { deadlines } from './en/deadlines';
import { templates } from './en/templates';
import { policy } from './en/policy';
import { edits } from './en/edits';
import { why } from './en/why';

export const en: Messages = { ...core, ...greeting, ...privacy, ...plain, ...plainwords, ...content, ...standard, ...signature, ...send, ...ui, ...deadlines, ...templates, ...policy, ...edits, ...why };
