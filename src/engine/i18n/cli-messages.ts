/**
 * The command line's own texts (`etykieta` and its audit report) beside the engine's. They live
 * apart from MESSAGES so that the task pane and the launch-event bundle, which never print them,
 * do not carry them: only the CLI imports this module.
 */
import type { MessageData } from '../types';
import { formatIn, MESSAGES } from './format';
import type { Lang, Messages } from './types';
import { cli as plCli } from './pl/cli';
import { audit as plAudit } from './pl/audit';
import { cli as enCli } from './en/cli';
import { audit as enAudit } from './en/audit';

export const CLI_MESSAGES: Readonly<Record<Lang, Messages>> = {
  pl: { ...MESSAGES.pl, ...plCli, ...plAudit },
  en: { ...MESSAGES.en, ...enCli, ...enAudit },
};

/** formatMessage for the CLI: its own ids (`cli.…`) and every id of the engine. */
export function formatCliMessage(lang: Lang, id: string, data: MessageData = {}): string {
  return formatIn(CLI_MESSAGES, lang, id, data);
}
