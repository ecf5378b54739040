/** Every English text of Etykieta, one file per area (date-fns style locale). */
import type { Messages } from './types';
import { core } from './en/core';
import { greeting } from './en/greeting';
import { privacy } from './en/privacy';
import { plain } from './en/plain';
import { standard } from './en/standard';
import { ui } from './en/ui';
import { deadlines } from './en/deadlines';
import { cli } from './en/cli';
import { templates } from './en/templates';
import { send } from './en/send';

export const en: Messages = { ...core, ...greeting, ...privacy, ...plain, ...standard, ...ui, ...deadlines, ...cli, ...templates, ...send };
