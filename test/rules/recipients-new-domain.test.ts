import { ruleTester } from '../support/rule-tester';
import { rule } from '../../src/engine/rules/recipients-new-domain';
import type { Address, ComposeType } from '../../src/engine/model';

const clerk = { name: 'Ewa Sobczak', address: 'e.sobczak@gmina-krapkowice.pl' };

/** A plain-text reply quoting a message from `from` to the office (Outlook's Polish header). */
function reply(to: Address[], quotedFrom: string, extra: { cc?: Address[]; bcc?: Address[]; composeType?: ComposeType; dw?: string } = {}) {
  const dw = extra.dw ? `\nDW: ${extra.dw}` : '';
  return {
    from: clerk,
    to,
    cc: extra.cc ?? [],
    bcc: extra.bcc ?? [],
    composeType: extra.composeType ?? ('reply' as const),
    subject: 'RE: Podział działki nr 112/4',
    bodyText: `Szanowny Panie,\nw załączeniu przesyłam postanowienie.\n\nZ poważaniem\nEwa Sobczak\n\nOd: ${quotedFrom}\nWysłane: czwartek, 19 listopada 2026 11:40\nDo: Ewa Sobczak <e.sobczak@gmina-krapkowice.pl>${dw}\nTemat: Podział działki nr 112/4\n\nDzień dobry, proszę o informację o stanie sprawy.`,
  };
}

/** Outlook HTML reply: the thread's addresses are in mailto links under divRplyFwdMsg. */
function htmlReply(to: Address[], quotedFrom: string) {
  return {
    from: clerk,
    to,
    composeType: 'reply' as const,
    subject: 'RE: Podatek od nieruchomości',
    bodyHtml: `<html><body><p>Szanowna Pani,</p><p>decyzja zostanie wysłana w tym tygodniu.</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Od:</b> <a href="mailto:${quotedFrom}">${quotedFrom}</a><br><b>Wysłane:</b> 20 listopada 2026<br><b>Do:</b> Ewa Sobczak<br><b>Temat:</b> Podatek od nieruchomości</div><p>Proszę o wyjaśnienie.</p></body></html>`,
  };
}

const jan = { name: 'Jan Kowal', address: 'jan.kowal@gmail.com' };

ruleTester(rule, {
  valid: [
    { name: 'reply to the citizen who wrote', message: reply([jan], 'Jan Kowal <jan.kowal@gmail.com>') },
    { name: 'the domain is case-insensitive', message: reply([{ address: 'Jan.Kowal@GMAIL.com' }], 'Jan Kowal <jan.kowal@gmail.com>') },
    { name: 'a colleague of the citizen’s company, same domain', message: reply([{ address: 'biuro@geodeta-opole.pl' }], 'Adam Nowy <a.nowy@geodeta-opole.pl>') },
    { name: 'a subdomain of a domain in the thread', message: reply([{ address: 'kancelaria@poczta.geodeta-opole.pl' }], 'Adam Nowy <a.nowy@geodeta-opole.pl>') },
    { name: 'internal recipient in Cc: the sender’s own domain', message: reply([jan], 'Jan Kowal <jan.kowal@gmail.com>', { cc: [{ address: 'kierownik@gmina-krapkowice.pl' }] }) },
    { name: 'internal subdomain in Bcc', message: reply([jan], 'Jan Kowal <jan.kowal@gmail.com>', { bcc: [{ address: 'archiwum@ezd.gmina-krapkowice.pl' }] }) },
    { name: 'a Cc party from the DW line of the quote header', message: reply([jan, { address: 'sekretariat@spgk.pl' }], 'Jan Kowal <jan.kowal@gmail.com>', { dw: 'Spółdzielnia <sekretariat@spgk.pl>' }) },
    { name: 'a forward goes to new people on purpose', message: reply([{ address: 'wydzial@starostwo.krapkowice.pl' }], 'Jan Kowal <jan.kowal@gmail.com>', { composeType: 'forward' }) },
    { name: 'a new message has no conversation', message: { from: clerk, to: [{ address: 'ktos@interia.pl' }], composeType: 'new' as const, subject: 'Zawiadomienie', bodyText: 'Szanowny Panie,\nzawiadamiam o wszczęciu postępowania.' } },
    { name: 'a reply whose quote has no addresses: nothing to compare', message: { from: clerk, to: [{ address: 'ktos@interia.pl' }], composeType: 'reply' as const, subject: 'RE: Wniosek', bodyText: 'Dzień dobry,\ndziękuję.\n\n> Proszę o termin.\n> Jan' } },
    { name: 'Outlook HTML reply to the mailto address of the thread', message: htmlReply([{ address: 'anna.bak@onet.pl' }], 'anna.bak@onet.pl') },
  ],
  invalid: [
    {
      name: 'autocomplete picked another Jan Kowal at another provider',
      message: reply([{ name: 'Jan Kowal', address: 'jan.kowal@wp.pl' }], 'Jan Kowal <jan.kowal@gmail.com>'),
      errors: [{ messageId: 'newDomain', data: { address: 'jan.kowal@wp.pl', domain: 'wp.pl' }, fix: null }],
    },
    { name: 'a new domain in Cc', message: reply([jan], 'Jan Kowal <jan.kowal@gmail.com>', { cc: [{ address: 'biuro@kancelaria-radcy.pl' }] }), errors: [{ messageId: 'newDomain', data: { address: 'biuro@kancelaria-radcy.pl', domain: 'kancelaria-radcy.pl' } }] },
    { name: 'a new domain in Bcc', message: reply([jan], 'Jan Kowal <jan.kowal@gmail.com>', { bcc: [{ address: 'redakcja@gazeta-krapkowicka.pl' }] }), errors: [{ messageId: 'newDomain', data: { address: 'redakcja@gazeta-krapkowicka.pl' } }] },
    { name: 'a typo in the citizen’s domain', message: reply([{ address: 'jan.kowal@gmail.co' }], 'Jan Kowal <jan.kowal@gmail.com>'), errors: [{ messageId: 'newDomain', data: { domain: 'gmail.co' } }] },
    { name: 'a parent domain of the office is not the office: another municipality', message: reply([{ address: 'urzad@gmina-krapkowice.com.pl' }], 'Jan Kowal <jan.kowal@gmail.com>'), errors: [{ messageId: 'newDomain', data: { domain: 'gmina-krapkowice.com.pl' } }] },
    { name: 'two new recipients, each reported once even when repeated', message: reply([{ address: 'a@firma-a.pl' }, { address: 'b@firma-b.pl' }], 'Jan Kowal <jan.kowal@gmail.com>', { cc: [{ address: 'A@firma-a.pl' }] }), errors: [{ messageId: 'newDomain', data: { address: 'a@firma-a.pl' } }, { messageId: 'newDomain', data: { address: 'b@firma-b.pl' } }] },
    { name: 'a typo in an English quote header thread', message: { from: clerk, to: [{ address: 'tom@contractor.co.uk' }], composeType: 'reply' as const, subject: 'RE: Tender', bodyText: 'Dear Sir,\nplease find the answer below.\n\nFrom: Tom Smith <tom@contractor.com>\nSent: Friday, 20 November 2026\nTo: e.sobczak@gmina-krapkowice.pl\nSubject: Tender\n\nHello' }, errors: [{ messageId: 'newDomain', data: { domain: 'contractor.co.uk' } }] },
    { name: 'a "Dnia … napisał(a):" header names only the citizen', message: { from: clerk, to: [{ address: 'm.zych@interia.eu' }], composeType: 'reply' as const, subject: 'RE: Pytanie o decyzję', bodyText: 'Dzień dobry,\ndecyzja jest gotowa.\n\nDnia 20.11.2026 o 10:15 Maria Zych <m.zych@interia.pl> napisał(a):\n> Kiedy decyzja?' }, errors: [{ messageId: 'newDomain', data: { address: 'm.zych@interia.eu' } }] },
    { name: 'Outlook HTML reply sent to a different provider', message: htmlReply([{ address: 'anna.bak@op.pl' }], 'anna.bak@onet.pl'), errors: [{ messageId: 'newDomain', data: { address: 'anna.bak@op.pl', domain: 'op.pl' } }] },
    { name: 'the office’s partner in the thread, an outsider in To', message: reply([{ address: 'geodeta@geo-serwis.pl' }, { address: 'prezes@inna-firma.pl' }], 'Geodeta <geodeta@geo-serwis.pl>'), errors: [{ messageId: 'newDomain', data: { address: 'prezes@inna-firma.pl' } }] },
  ],
});
