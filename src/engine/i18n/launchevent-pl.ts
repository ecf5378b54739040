/**
 * The Polish texts the launch-event bundle needs: the signature's placeholders and the send
 * check's dialog (rule titles). build/webpack.launchevent.cjs swaps pl.ts for this file there, so
 * it exports the same name; the full texts of the pane and the rules stay out of that bundle.
 */
import type { Messages } from './types';
import { signature } from './pl/signature';
import { send } from './pl/send';

export const pl: Messages = { ...signature, ...send };
