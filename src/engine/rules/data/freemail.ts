/**
 * Free-mail domains: each address at one of these is a private person, so every address is its
 * own party for recipients-external-visible, and they are the reference list for
 * recipients-lookalike. Polish providers first, then the international ones common in Poland.
 */
export const FREEMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'onet.eu', 'op.pl', 'poczta.onet.pl', 'vp.pl',
  'interia.pl', 'interia.eu', 'poczta.fm', 'int.pl', 'tlen.pl', 'go2.pl', 'gazeta.pl', 'autograf.pl', 'buziaczek.pl',
  'spoko.pl', 'vip.onet.pl', 'amorki.pl', 'adres.pl', 'poczta.pl', 'prokonto.pl', 'tenbit.pl', 'orange.pl',
  'neostrada.pl', 'yahoo.com', 'yahoo.pl', 'ymail.com', 'outlook.com', 'outlook.pl', 'hotmail.com', 'live.com',
  'msn.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'proton.me',
  'protonmail.com', 'pm.me', 'tutanota.com', 'yandex.com', 'mail.com', 'zoho.com',
];

const SET = new Set(FREEMAIL_DOMAINS);

export function isFreemailDomain(domain: string): boolean {
  return SET.has(domain.toLowerCase());
}
