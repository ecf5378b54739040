import { buildSignature, escapeHtml, SIGNATURE_NOTICE_PL, findPlaceholders } from '../../src/engine/signature';
import { parseBody } from '../../src/engine/parse/body';
import { createMessage, type SenderProfile } from '../../src/engine/model';
import { DEFAULT_CONFIG, type EngineConfig } from '../../src/engine/config';

const config: EngineConfig = {
  ...DEFAULT_CONFIG,
  organization: {
    name: 'Starostwo Powiatowe w Kędzierzynie-Koźlu',
    address: 'ul. Żeromskiego 7, 47-220 Kędzierzyn-Koźle',
    registry: 'NIP 749-20-91-234, REGON 531412345',
    phone: '77 405 27 00',
    accounts: [],
  },
};

const clerk: SenderProfile = {
  name: 'Anna Wiśniewska',
  position: 'Inspektor',
  department: 'Wydział Komunikacji i Transportu',
  phone: '77 405 27 31',
  email: 'a.wisniewska@powiat.kedzierzyn-kozle.pl',
};

const replyQuote = '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> Jan Nowak &lt;jan.nowak@wp.pl&gt;<br><b>Temat:</b> Rejestracja pojazdu</div><div>Dzień dobry, kiedy odbiorę dowód?</div>';

describe('buildSignature', () => {
  test('the full variant carries every field in the order of the standard, then the notice', () => {
    const sig = buildSignature(config, clerk, 'full');
    expect(sig.missing).toEqual([]);
    expect(sig.text).toBe(
      [
        '-- ',
        'Anna Wiśniewska',
        'Inspektor',
        'Wydział Komunikacji i Transportu',
        'Starostwo Powiatowe w Kędzierzynie-Koźlu',
        'ul. Żeromskiego 7, 47-220 Kędzierzyn-Koźle',
        'tel. 77 405 27 31',
        'e-mail: a.wisniewska@powiat.kedzierzyn-kozle.pl',
        'NIP 749-20-91-234, REGON 531412345',
        '',
        SIGNATURE_NOTICE_PL,
        '',
      ].join('\n'),
    );
    expect(sig.html.startsWith('<div id="etykieta-signature" class="etykieta-signature" data-variant="full">')).toBe(true);
    expect(sig.html).toContain('<strong>Anna Wiśniewska</strong>');
  });

  test('the short variant has name, position, department with office, and phone only', () => {
    const sig = buildSignature(config, clerk, 'short');
    expect(sig.text).toBe('-- \nAnna Wiśniewska\nInspektor\nWydział Komunikacji i Transportu, Starostwo Powiatowe w Kędzierzynie-Koźlu\ntel. 77 405 27 31\n');
    expect(sig.html).toContain('data-variant="short"');
    expect(sig.html).not.toContain('REGON');
    expect(sig.html).not.toContain('Niniejsza wiadomość');
  });

  test('the notice is the standard text verbatim unless the policy gives its own', () => {
    expect(SIGNATURE_NOTICE_PL.startsWith('Niniejsza wiadomość elektroniczna może zawierać informacje poufne')).toBe(true);
    expect(SIGNATURE_NOTICE_PL.endsWith('usunięcie w sposób trwały wiadomości wraz z ewentualnymi załącznikami.')).toBe(true);
    const own = buildSignature({ ...config, signature: { ...config.signature, notice: 'Administratorem danych jest Starosta.' } }, clerk, 'full');
    expect(own.text).toContain('\n\nAdministratorem danych jest Starosta.\n');
    expect(own.text).not.toContain('Niniejsza wiadomość');
  });

  test('escapes markup, event handlers and quotes in every field', () => {
    const hostile: SenderProfile = {
      name: '<script>alert(1)</script>',
      position: '<img src=x onerror=alert(1)>',
      department: 'Wydział "Ochrony" \'Środowiska\' & Rolnictwa',
      phone: '`77` <b>1</b>',
    };
    const sig = buildSignature({ ...config, organization: { ...config.organization, name: '<svg onload=alert(1)>' } }, hostile, 'full');
    expect(sig.html).not.toMatch(/<script|<img|<svg|<b>/i);
    expect(sig.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(sig.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(sig.html).toContain('Wydział &quot;Ochrony&quot; &#39;Środowiska&#39; &amp; Rolnictwa');
    expect(sig.html).toContain('&#96;77&#96;');
    // Text never reaches HTML unescaped, so the text variant keeps the characters as typed.
    expect(sig.text).toContain('<script>alert(1)</script>');
  });

  test('escapeHtml covers the five HTML-significant characters and the backtick', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;');
  });

  test('a field cannot add lines of its own', () => {
    const sig = buildSignature(config, { ...clerk, position: 'Inspektor\n\nPrezes Rady Ministrów' }, 'short');
    expect(sig.text.split('\n')[2]).toBe('Inspektor Prezes Rady Ministrów');
  });

  test('missing fields show a placeholder in the language asked for and are listed', () => {
    const bare: EngineConfig = { ...DEFAULT_CONFIG };
    const pl = buildSignature(bare, { name: 'Piotr Zając' }, 'full');
    expect(pl.missing).toEqual(['position', 'department', 'office', 'address', 'phone']);
    expect(pl.text).toContain('\n[uzupełnij: stanowisko]\n[uzupełnij: wydział]\n[uzupełnij: nazwa urzędu]\n[uzupełnij: adres]\ntel. [uzupełnij: telefon]\n');
    // e-mail and registry data are optional by default: left out, not asked for.
    expect(pl.text).not.toContain('e-mail');
    expect(pl.html).toContain('<span style="background-color:#fff4ce">[uzupełnij: stanowisko]</span>');
    const en = buildSignature(bare, {}, 'short', 'en');
    expect(en.missing).toEqual(['name', 'position', 'department', 'office', 'phone']);
    expect(en.text).toBe('-- \n[fill in: name]\n[fill in: position]\n[fill in: department], [fill in: office name]\ntel. [fill in: phone]\n');
  });

  test('a field the policy requires is asked for even when it is optional by default', () => {
    const strict: EngineConfig = { ...config, organization: { name: 'Urząd Gminy Reńska Wieś', accounts: [] }, signature: { required: ['name', 'email', 'registry'] } };
    const sig = buildSignature(strict, { name: 'Ewa Lis', position: 'Referent', department: 'Referat Podatków', phone: '77 482 10 11' }, 'full');
    expect(sig.missing).toEqual(['address', 'email', 'registry']);
    expect(sig.text).toContain('e-mail: [uzupełnij: e-mail]\n[uzupełnij: dane rejestrowe]');
  });

  test('the office switchboard stands in for a missing direct line', () => {
    const sig = buildSignature(config, { ...clerk, phone: undefined }, 'short');
    expect(sig.text).toContain('tel. 77 405 27 00');
    expect(sig.missing).toEqual([]);
  });

  test('stays under the 30,000 characters Outlook allows, even with hostile long fields', () => {
    const long = '"<>&'.repeat(5000);
    const sig = buildSignature({ ...config, signature: { ...config.signature, notice: long }, organization: { ...config.organization, name: long, address: long, registry: long } }, { name: long, position: long, department: long, phone: long, email: long }, 'full');
    expect(sig.html.length).toBeLessThanOrEqual(30000);
    expect(sig.html).not.toMatch(/<svg|<img/i);
  });

  test('findPlaceholders recognises the fields of both languages', () => {
    expect(findPlaceholders('Jan\n[uzupełnij: stanowisko]\ntel. [fill in: phone]\n[uzupełnij: coś]').map((p) => p.field)).toEqual(['position', 'phone', undefined]);
  });
});

describe('the built signature inside a message', () => {
  test.each(['full', 'short'] as const)('parseBody finds the %s HTML signature as our marked block', (variant) => {
    const sig = buildSignature(config, clerk, variant);
    const html = `<html><body><div>Szanowny Panie,</div><div>dowód rejestracyjny jest do odbioru od jutra.</div><div>Z poważaniem</div>${sig.html}${replyQuote}</body></html>`;
    const body = parseBody(createMessage({ bodyHtml: html, composeType: variant === 'full' ? 'new' : 'reply' }));
    expect(body.signature).toMatchObject({ marked: true, variant });
    expect(body.signature?.text.trim().startsWith('Anna Wiśniewska\nInspektor')).toBe(true);
    expect(body.ownText.trim().endsWith('Z poważaniem')).toBe(true);
    expect(body.quoteText).toContain('Dzień dobry, kiedy odbiorę dowód?');
  });

  test.each(['full', 'short'] as const)('the %s text variant is recognised as a typed signature', (variant) => {
    const sig = buildSignature(config, clerk, variant);
    const text = `Szanowny Panie,\ndowód rejestracyjny jest do odbioru od jutra.\n\nZ poważaniem\n${sig.text}`;
    const body = parseBody(createMessage({ bodyText: text }));
    expect(body.signature?.marked).toBe(false);
    expect(body.signature?.text.startsWith('-- \nAnna Wiśniewska')).toBe(true);
    expect(body.ownText.trim().endsWith('Z poważaniem')).toBe(true);
  });
});
