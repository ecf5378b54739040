/** Every Polish text of Etykieta, one file per area (date-fns style locale). */
import type { Messages } from './types';
import { pl as enginePl } from './engine-pl';
import { ui } from './pl/ui';
import { deadlines } from './pl/deadlines';
import { cli } from './pl/cli';
import { templates } from './pl/templates';

export const pl: Messages = { ...enginePl, ...ui, ...deadlines, ...cli, ...templates };
