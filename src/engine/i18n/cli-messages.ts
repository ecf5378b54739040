/**
 * The command line's own texts (`cli.…`) beside the engine's. They live apart from MESSAGES so
 * that the task pane and the launch-event bundle, which never print them, do not carry them: only
 * the CLI imports this module (the audit report's texts are apart too: src/audit/texts.ts).
 */
import type { MessageData } from '../types';
import { formatFrom, MESSAGES } from './format';
import type { Lang, Messages } from './types';
import { cli as plCli } from './pl/cli';
import { cli as enCli } from './en/cli';

export const CLI_MESSAGES: Readonly<Record<Lang, Messages>> = {
  pl: { ...MESSAGES.pl, ...plCli },
  en: { ...MESSAGES.en, ...enCli },
};

/** formatMessage for the CLI: its own ids (`cli.…`) and every id of the engine. */
export function formatCliMessage(lang: Lang, id: string, data: MessageData = {}): string {
  return formatFrom(CLI_MESSAGES, lang, id, data);
}
