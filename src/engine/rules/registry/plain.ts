/** Rules of contract § 2: plain language (suggestions), exposed addresses, summons. */
import type { AnyRule } from '../../types';
import { rule as plainJargon } from '../plain-jargon';
import { rule as plainAcronym } from '../plain-acronym';
import { rule as plainLongWord } from '../plain-long-word';
import { rule as plainLongSentence } from '../plain-long-sentence';
import { rule as plainImperative } from '../plain-imperative';
import { rule as plainRhetoricalQuestion } from '../plain-rhetorical-question';
import { rule as plainReadability } from '../plain-readability';
import { rule as addressesExposed } from '../addresses-exposed';
import { rule as summonsDetails } from '../summons-details';

export const plainRules: readonly AnyRule[] = [plainJargon, plainAcronym, plainLongWord, plainLongSentence, plainImperative, plainRhetoricalQuestion, plainReadability, addressesExposed, summonsDetails];
