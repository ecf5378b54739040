/** The id and class of the signature block Etykieta inserts; how the block is found again. */
export const SIGNATURE_MARKER = 'etykieta-signature';
