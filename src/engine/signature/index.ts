/** The office's standard signature: building it, and the fields each variant carries. */
export { buildSignature, type BuiltSignature, type SignatureVariant } from './build';
export { SIGNATURE_NOTICE_PL } from './notice';
export { escapeHtml } from './escape';
export { FULL_FIELDS, SHORT_FIELDS, requiredFields, variantFor, fieldsOf } from './fields';
export { placeholder, fieldLabel, findPlaceholders } from './placeholder';
export { detectSignatureFields, MAX_SIGNATURE, type KnownValues } from './detect';
