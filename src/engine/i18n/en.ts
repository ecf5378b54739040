/** Every English text of Etykieta, one file per area (date-fns style locale). */
import type { Messages } from './types';
import { en as engineEn } from './engine-en';
import { ui } from './en/ui';
import { deadlines } from './en/deadlines';
import { cli } from './en/cli';
import { templates } from './en/templates';

export const en: Messages = { ...engineEn, ...ui, ...deadlines, ...cli, ...templates };
