/**
 * Which signature fields each variant carries (002 line 122: name, position, office name,
 * department, address, phone; registry data and the notice "in good taste").
 */
import type { SignatureField } from '../config';
import type { ComposeType } from '../model';

export type SignatureVariant = 'full' | 'short';

/** Fields of the full signature, in the order they are printed. */
export const FULL_FIELDS: readonly SignatureField[] = ['name', 'position', 'department', 'office', 'address', 'phone', 'email', 'registry', 'notice'];

/** Replies and forwards carry a short signature: who, where, how to call back. */
export const SHORT_FIELDS: readonly SignatureField[] = ['name', 'position', 'department', 'office', 'phone'];

/** Fields always printed (as a placeholder when unknown), whatever the policy requires. */
export const BASE_FIELDS: readonly SignatureField[] = ['name', 'position', 'department', 'office', 'address', 'phone'];

export function variantFor(composeType: ComposeType): SignatureVariant {
  return composeType === 'new' ? 'full' : 'short';
}

export function fieldsOf(variant: SignatureVariant): readonly SignatureField[] {
  return variant === 'full' ? FULL_FIELDS : SHORT_FIELDS;
}

/** The fields a policy requires of a signature of this variant. */
export function requiredFields(required: readonly SignatureField[], variant: SignatureVariant): SignatureField[] {
  const allowed = fieldsOf(variant);
  return required.filter((f) => allowed.includes(f));
}
