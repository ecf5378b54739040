/**
 * Stands for engine/i18n/en.ts in the Office task pane's bundle (webpack.config.js): an empty table
 * that src/taskpane/language-pack.ts fills when the pane is shown in English.
 */
import type { Messages } from '../engine/i18n/types';

export const en: Messages = {};
