/**
 * Words that say the code after them is an identity document's number (contract § 2 Details;
 * Microsoft Purview asks the same of a Polish ID card). About one random code of 3 letters and
 * 6 digits in ten passes the ID card's checksum, and one of 2 letters and 7 digits the
 * passport's, so order, parcel and customer numbers ("NUT883322") would read as ID cards: an ID
 * card or passport number counts only when one of these begins within 60 characters before it.
 *
 * Lower case; each matches at the start of a word and may continue (a stem): "dowod" covers
 * dowodu, dowodem, dowodzie; "paszport" covers paszportu, paszportem; "tożsamoś" tożsamość and
 * tożsamości ("dokument tożsamości").
 */
export const ID_DOCUMENT_KEYWORDS: readonly string[] = [
  'dowód',
  'dowod',
  'd.o.',
  'd. o.',
  'seria i numer',
  'seria i nr',
  'serii i numer',
  'serii i nr',
  'serię i numer',
  'nr dokumentu',
  'nr. dokumentu',
  'numer dokumentu',
  'numeru dokumentu',
  'numerem dokumentu',
  'tożsamoś',
  'paszport',
  'passport',
  'id card',
  'identity card',
  'identity document',
  'national id',
  'polish id',
];

/**
 * Phrases that begin with a keyword but name another paper, whose number is no personal
 * identifier: a proof of payment, purchase, posting or delivery, an accounting voucher, a vehicle's
 * registration certificate; and "dowodzi" (proves), "dowodowy" (of evidence). Stems, lower case.
 */
export const NOT_ID_DOCUMENT: readonly string[] = [
  'dowód wpłat',
  'dowodu wpłat',
  'dowodem wpłat',
  'dowód zapłat',
  'dowodu zapłat',
  'dowód zakup',
  'dowodu zakup',
  'dowód nadani',
  'dowodu nadani',
  'dowód doręcz',
  'dowodu doręcz',
  'dowód dostaw',
  'dowodu dostaw',
  'dowód księg',
  'dowodu księg',
  'dowód kasow',
  'dowodu kasow',
  'dowód rejestr',
  'dowodu rejestr',
  'dowodem rejestr',
  'dowodzie rejestr',
  'dowodzi',
  'dowodow',
];

/** How far before the number a keyword may begin (characters). */
export const ID_KEYWORD_WINDOW = 60;
