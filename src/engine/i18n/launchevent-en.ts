/**
 * The English texts the launch-event bundle needs: the signature's placeholders and the send
 * check's dialog (rule titles). build/webpack.launchevent.cjs swaps en.ts for this file there, so
 * it exports the same name; the full texts of the pane and the rules stay out of that bundle.
 */
import type { Messages } from './types';
import { signature } from './en/signature';
import { send } from './en/send';

export const en: Messages = { ...signature, ...send };
