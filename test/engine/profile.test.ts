/**
 * The stored profile (roamingSettings `etykieta.profile`) is validated in one place for the task
 * pane and the launch events (src/engine/profile.ts): a bad field is dropped, the rest kept.
 */
import { toSenderProfile } from '../../src/engine/profile';

describe('toSenderProfile', () => {
  test.each([
    ['the issue’s profile', { name: 5 }, {}],
    ['a bad name beside good fields', { name: 5, position: 'Inspektor', phone: '+48 75 123 45 67' }, { position: 'Inspektor', phone: '+48 75 123 45 67' }],
    ['the same as JSON text', '{"name":5,"room":"12"}', { room: '12' }],
    ['unknown fields are dropped', { name: 'Anna Nowak', evil: '<script>', __proto__: { position: 'x' } }, { name: 'Anna Nowak' }],
    ['objects, arrays, null and booleans in fields', { name: { first: 'A' }, position: ['x'], department: null, email: true }, {}],
    ['blank strings are no value', { name: '   ', phone: '' }, {}],
    ['an over-long field is cut to 500 characters', { name: 'A'.repeat(600) }, { name: 'A'.repeat(500) }],
    ['not JSON', '{name:', {}],
    ['JSON that is not an object', '[1,2]', {}],
    ['a number', 5, {}],
    ['null', null, {}],
    ['undefined', undefined, {}],
    ['an array', ['Anna'], {}],
  ])('%s', (_name, stored, expected) => {
    expect(toSenderProfile(stored)).toEqual(expected);
  });

  test('a field whose getter throws is dropped, the others kept', () => {
    const stored = Object.defineProperty({ position: 'Inspektor' }, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(toSenderProfile(stored)).toEqual({ position: 'Inspektor' });
  });
});
