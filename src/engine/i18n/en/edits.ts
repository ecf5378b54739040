import type { Messages } from '../types';

/** What the pane says about its own writes into the letter (fix all, undo, inserted text), in English. */
export const edits: Messages = {
  'pane.fix.addSummonsDetails': 'Add my details',
  'pane.fix.addFeeAccount': 'Add the office account',
  'pane.fix.maskNumber': 'Hide the number',
  'pane.fixAll.changed': 'What changed:',
  'pane.fixAll.item.moveToBcc': (d, plural) => `Moved ${d.count} ${plural(Number(d.count)) === 'one' ? 'address' : 'addresses'} to Bcc.`,
  'pane.fixAll.item.moveToBccTo': (d, plural) => `Moved ${d.count} ${plural(Number(d.count)) === 'one' ? 'address' : 'addresses'} to Bcc; To now holds ${d.address}.`,
  'pane.fixAll.item.insertGreeting': 'Added the greeting “{text}”.',
  'pane.fixAll.item.insertClosing': 'Added the closing “{text}”.',
  'pane.fixAll.item.insertSignature': 'Inserted the office signature.',
  'pane.fixAll.item.replaceSignature': 'Replaced the signature with the current one.',
  'pane.fixAll.undo': 'Undo these fixes',
  'pane.fixAll.undone': 'The fixes were undone: the message is as it was before “Fix all safe”.',
  'pane.fixAll.undoFailed': 'The fixes could not be undone.',
  'pane.fixAll.undoChanged': 'The message has changed since the fixes, so undoing them would also remove your changes. Nothing was undone; undo the fixes by hand (Ctrl+Z in the body).',
  'pane.fixAll.noUndo': 'The message before the fixes could not be kept, so they cannot be undone with one click.',
  'pane.deadline.insertedAtEnd': 'The cursor was not in your text, so the sentence with the deadline went to the end of your text, above the closing and the signature.',
  'pane.templates.ooo.returnDateHint': 'The first day back at work.',
};
