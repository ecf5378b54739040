/**
 * The signature holds every field the policy requires (002 line 122: name, position, office,
 * department, address, phone; registry data and the notice when the policy asks for them).
 * On a reply or forward only the fields of the short signature are required. A placeholder
 * left in our inserted signature ("[uzupełnij: telefon]") is a missing field, not a value.
 */
import { defineRule } from '../types';
import type { SignatureField } from '../config';
import { SIGNATURE_FIELDS } from '../config';
import { detectSignatureFields, findPlaceholders, MAX_SIGNATURE, requiredFields, SIGNATURE_NOTICE_PL, variantFor } from '../signature';

export const rule = defineRule({
  id: 'signature-incomplete',
  meta: {
    category: 'signature',
    severity: 'warning',
    standard: { doc: '002', line: 122, cite: 'Wytyczne dla korespondencji e-mail: stopka zawiera imię i nazwisko, stanowisko, nazwę urzędu, wydział, adres, numer telefonu' },
    docs: {
      pl: 'Podpis zawiera pola wymagane przez politykę (domyślnie imię i nazwisko, stanowisko, urząd, wydział, adres, telefon; w odpowiedzi tylko pola skróconego podpisu).',
      en: 'The signature holds the fields the policy requires (by default name, position, office, department, address, phone; on a reply only those of the short signature).',
    },
    messages: ['incomplete', 'placeholder'],
    fixable: true,
    defaultOptions: {},
  },
  check(message, { body, policy }) {
    const signature = body.signature;
    if (!signature) return []; // signature-missing reports that
    const variant = variantFor(message.composeType);
    const required = variant === 'full' ? policy.signature.required : requiredFields(policy.signature.required, 'short');
    const names = [message.sender?.name, message.from?.name].filter((n): n is string => Boolean(n));
    const present = detectSignatureFields(signature.text, {
      names,
      position: message.sender?.position,
      department: message.sender?.department,
      office: policy.organization.name,
      address: policy.organization.address,
      notice: policy.signature.notice || SIGNATURE_NOTICE_PL,
    });
    const missing: string[] = required.filter((f) => !present.has(f));
    const placeholders = findPlaceholders(signature.text.slice(0, MAX_SIGNATURE));
    for (const p of placeholders) {
      const name: string = p.field ?? p.label;
      if (!missing.includes(name)) missing.push(name);
    }
    if (missing.length === 0) return [];
    // Catalogue order, whatever order the policy lists them in.
    const order = (f: string) => {
      const i = SIGNATURE_FIELDS.indexOf(f as SignatureField);
      return i < 0 ? SIGNATURE_FIELDS.length : i;
    };
    missing.sort((a, b) => order(a) - order(b));
    return [
      {
        messageId: placeholders.length > 0 ? 'signature-incomplete/placeholder' : 'signature-incomplete/incomplete',
        data: { fields: missing.join(','), count: missing.length },
        location: { field: 'body', start: signature.start, end: signature.end },
        // Only our own block can be replaced exactly; a typed signature is the clerk's to complete.
        ...(signature.marked ? { fix: { kind: 'insertSignature' as const, variant, replace: true } } : {}),
      },
    ];
  },
});
