import type { MessageData } from '../types';

export type Lang = 'pl' | 'en';
export const LANGS: readonly Lang[] = ['pl', 'en'];

/** A message is a template with {placeholders}, or a function for plurals and choices. */
export type MessageText = string | ((data: MessageData, plural: (n: number) => Intl.LDMLPluralRule) => string);
export type Messages = Readonly<Record<string, MessageText>>;
