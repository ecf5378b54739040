/** The pane's language, chosen once at mount (Outlook's display language), and its texts. */
import { createContext, useCallback, useContext } from 'react';
import { formatMessage, type Lang } from '../../engine/i18n';
import type { MessageData } from '../../engine/types';

export const LangContext = createContext<Lang>('pl');

export function useLang(): Lang {
  return useContext(LangContext);
}

export type Translate = (id: string, data?: MessageData) => string;

/** `t('pane.fixAll')`: every visible text comes from src/engine/i18n, in Polish and English. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((id: string, data?: MessageData) => formatMessage(lang, id, data), [lang]);
}
