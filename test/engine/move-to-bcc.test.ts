import { moveToBcc } from '../../src/engine/fixes/move-to-bcc';
import { createMessage } from '../../src/engine/model';

const clerk = { name: 'Anna Wiśniewska', address: 'a.wisniewska@starostwo.kedzierzyn.pl' };

describe('moveToBcc', () => {
  test('moves the named To and Cc addresses to Bcc, keeps the rest in place', () => {
    const message = createMessage({
      from: clerk,
      to: [{ name: 'Jan Nowak', address: 'jan.nowak@gmail.com' }, { address: 'biuro@budimex-opole.pl' }],
      cc: [{ address: 'ewa.zielinska@wp.pl' }, { name: 'Wydział Komunikacji', address: 'komunikacja@starostwo.kedzierzyn.pl' }],
      bcc: [{ address: 'archiwum@starostwo.kedzierzyn.pl' }],
    });
    const moved = moveToBcc(message, ['biuro@budimex-opole.pl', 'ewa.zielinska@wp.pl']);
    expect(moved.to).toEqual([{ name: 'Jan Nowak', address: 'jan.nowak@gmail.com' }]);
    expect(moved.cc).toEqual([{ name: 'Wydział Komunikacji', address: 'komunikacja@starostwo.kedzierzyn.pl' }]);
    expect(moved.bcc).toEqual([{ address: 'archiwum@starostwo.kedzierzyn.pl' }, { address: 'biuro@budimex-opole.pl' }, { address: 'ewa.zielinska@wp.pl' }]);
    expect(message.to).toHaveLength(2); // the input is not changed
  });

  test('keeps every address exactly once, case-insensitively, Bcc in its order', () => {
    const message = createMessage({
      to: [{ address: 'Jan.Nowak@gmail.com' }, { address: 'jan.nowak@gmail.com' }, { address: 'sekretariat@gmina-cisek.pl' }],
      cc: [{ address: 'SEKRETARIAT@gmina-cisek.pl' }, { address: 'm.lis@onet.pl' }],
      bcc: [{ address: 'k.mazur@o2.pl' }, { address: 'm.lis@onet.pl' }, { address: 'k.mazur@O2.pl' }],
    });
    const moved = moveToBcc(message, ['JAN.NOWAK@GMAIL.COM', 'm.lis@onet.pl']);
    expect(moved.to).toEqual([{ address: 'sekretariat@gmina-cisek.pl' }]);
    expect(moved.cc).toEqual([]);
    expect(moved.bcc).toEqual([{ address: 'k.mazur@o2.pl' }, { address: 'm.lis@onet.pl' }, { address: 'Jan.Nowak@gmail.com' }]);
    const all = [...moved.to, ...moved.cc, ...moved.bcc].map((a) => a.address.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  test('issue 14.2: with every external moved, To gets the sender (toWhenEmpty), who leaves Bcc if she was there', () => {
    const message = createMessage({
      from: clerk,
      to: [{ name: 'Jan Nowak', address: 'jan.nowak@gmail.com' }, { address: 'ewa.z@wp.pl' }],
      cc: [{ address: 'piotr.w@o2.pl' }],
      bcc: [{ name: 'Anna Wiśniewska', address: 'A.Wisniewska@starostwo.kedzierzyn.pl' }],
    });
    const moved = moveToBcc(message, ['jan.nowak@gmail.com', 'ewa.z@wp.pl', 'piotr.w@o2.pl'], clerk);
    expect(moved.to).toEqual([clerk]);
    expect(moved.cc).toEqual([]);
    expect(moved.bcc).toEqual([{ name: 'Jan Nowak', address: 'jan.nowak@gmail.com' }, { address: 'ewa.z@wp.pl' }, { address: 'piotr.w@o2.pl' }]);
  });

  test('toWhenEmpty is used only when To would be empty', () => {
    const message = createMessage({ to: [{ address: 'kadry@starostwo.kedzierzyn.pl' }, { address: 'jan.nowak@gmail.com' }] });
    expect(moveToBcc(message, ['jan.nowak@gmail.com'], clerk).to).toEqual([{ address: 'kadry@starostwo.kedzierzyn.pl' }]);
  });

  test('an address visible in To and also in Bcc, not moved, stays visible only', () => {
    const message = createMessage({ to: [{ address: 'jan.nowak@gmail.com' }], bcc: [{ address: 'jan.nowak@gmail.com' }] });
    expect(moveToBcc(message, [])).toMatchObject({ to: [{ address: 'jan.nowak@gmail.com' }], bcc: [] });
  });
});
