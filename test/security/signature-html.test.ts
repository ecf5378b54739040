/**
 * contract § 8: signature fields come from the clerk's settings and the policy file, so they are
 * untrusted. Whatever they hold, the built HTML has only the elements and attributes the
 * builder writes itself, and the hostile text survives as text.
 */
import { Parser } from 'htmlparser2';
import { buildSignature } from '../../src/engine/signature';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';
import { ALL, IMG, JS_URL, SCRIPT } from './payloads';

const ELEMENTS = new Set(['div', 'p', 'strong', 'span', 'br']);
const ATTRIBUTES = new Set(['id', 'class', 'data-variant', 'style']);

function markupOf(html: string): { elements: string[]; attributes: string[]; text: string } {
  const elements: string[] = [];
  const attributes: string[] = [];
  let text = '';
  const parser = new Parser({
    onopentag(name, attribs) {
      elements.push(name);
      for (const [k, v] of Object.entries(attribs)) attributes.push(`${k}=${v}`);
    },
    ontext(t) {
      text += t;
    },
  });
  parser.write(html);
  parser.end();
  return { elements, attributes, text };
}

describe('signature HTML with hostile fields', () => {
  const config: EngineConfig = {
    ...DEFAULT_CONFIG,
    organization: { name: SCRIPT, address: IMG, phone: JS_URL, email: `x@y.pl${IMG}`, registry: ALL.join(' '), accounts: [] },
    signature: { required: ['name', 'position', 'office', 'department', 'address', 'phone', 'email', 'registry', 'notice'], notice: `${SCRIPT} ${IMG}` },
  };
  const profile = { name: SCRIPT, position: IMG, department: `"><a href="${JS_URL}">x</a>`, phone: "' onerror='alert(1)", email: `a@b.pl${SCRIPT}`, room: SCRIPT };

  test.each(['full', 'short'] as const)('%s variant: only our own elements and attributes; the payloads stay text', (variant) => {
    const { html } = buildSignature(config, profile, variant);
    const { elements, attributes, text } = markupOf(html);
    expect(elements.filter((e) => !ELEMENTS.has(e))).toEqual([]);
    expect(attributes.map((a) => a.split('=')[0]).filter((a) => !ATTRIBUTES.has(a))).toEqual([]);
    expect(attributes.filter((a) => /javascript:|on\w+=|alert/i.test(a))).toEqual([]);
    expect(text).toContain(SCRIPT);
    expect(text).toContain(IMG);
  });

  test('the check above catches unescaped markup (it is not vacuous)', () => {
    const { elements, attributes } = markupOf(`<div>${IMG}</div>`);
    expect(elements).toContain('img');
    expect(attributes).toContain('onerror=alert(1)');
  });
});
