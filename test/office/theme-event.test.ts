/** The adapter passes Office's OfficeThemeChanged (Mailbox 1.14) on, and tolerates a client without it. */
import { createComposeAdapter, OFFICE_THEME_CHANGED } from '../../src/office/compose-adapter';
import type { MailboxLike } from '../../src/office/office-like';

function mailboxWithEvents() {
  const handlers = new Map<string, (event?: { officeTheme?: { bodyBackgroundColor?: string } }) => void>();
  const mailbox: MailboxLike = {
    item: null,
    addHandlerAsync: (type, handler, cb) => {
      handlers.set(type, handler);
      cb?.({ status: 'succeeded', value: undefined });
    },
    removeHandlerAsync: (type, cb) => {
      handlers.delete(type);
      cb?.({ status: 'succeeded', value: undefined });
    },
  };
  return { mailbox, handlers };
}

test('a theme change reaches the listener until it unsubscribes', () => {
  const { mailbox, handlers } = mailboxWithEvents();
  const adapter = createComposeAdapter(mailbox);
  const seen: Array<string | undefined> = [];
  const stop = adapter.onThemeChange!((theme) => seen.push(theme.bodyBackgroundColor));
  handlers.get(OFFICE_THEME_CHANGED)?.({ officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
  handlers.get(OFFICE_THEME_CHANGED)?.({});
  const handler = handlers.get(OFFICE_THEME_CHANGED);
  stop();
  handler?.({ officeTheme: { bodyBackgroundColor: '#ffffff' } });
  expect(seen).toEqual(['#1f1f1f']);
  expect(handlers.has(OFFICE_THEME_CHANGED)).toBe(false);
});

test('a client without the event (or one that throws) leaves the pane on its first theme', () => {
  const adapter = createComposeAdapter({ item: null });
  expect(() => adapter.onThemeChange!(() => undefined)()).not.toThrow();
  const throwing = createComposeAdapter({
    item: null,
    addHandlerAsync: () => {
      throw new Error('not supported');
    },
  });
  expect(() => throwing.onThemeChange!(() => undefined)()).not.toThrow();
});
