/**
 * report.html: one self-contained page (no script, no font, no request: a Content-Security-Policy
 * allows only its own stylesheet, by hash), Polish or English. Every text is escaped here; the
 * charts are Vega's SVG, whose texts Vega escapes. Tables give the charts' numbers too.
 */
import { createHash } from 'node:crypto';
import { auditText } from '../texts';
import { allRules } from '../../engine/rules';
import { escapeHtml } from '../../engine/signature/escape';
import type { Counts } from '../aggregate';
import { NO_MONTH } from '../aggregate';
import { localDateTime } from '../dates';
import type { Charts } from './charts';
import { SEVERITY_COLOURS, TOP_SENDERS } from './charts';
import type { AuditReport } from './summary';

const STYLE = `
body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff;margin:0;line-height:1.45}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:24px;border-bottom:1px solid #ccc}
h1{font-size:1.8rem;margin:0 0 8px}h2{font-size:1.3rem;margin:32px 0 8px}
.meta{margin:4px 0;color:#333}
.privacy{background:#f3f6fa;border-left:4px solid #2b5797;padding:8px 12px;margin:16px 0}
.totals{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:0}
.totals li{border:1px solid #ccc;border-radius:6px;padding:10px 14px;min-width:150px}
.totals .value{display:block;font-size:1.6rem;font-weight:600}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:.95rem}
th,td{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f4f4f4}
td.date{white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,Consolas,monospace;font-size:.9em}
figure{margin:8px 0 16px;overflow-x:auto}figcaption{font-weight:600;margin-bottom:4px}
.error{color:${SEVERITY_COLOURS.error}}.warning{color:${SEVERITY_COLOURS.warning}}.info{color:${SEVERITY_COLOURS.info}}
footer{border-top:1px solid #ccc;margin-top:32px;padding-bottom:24px;color:#333;font-size:.9rem}
`;

/** The rules' docs mark option names with backticks, as the README does. */
const withCode = (text: string) => text.split('`').map((part, i) => (i % 2 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('');

export function stylePolicy(style: string): string {
  return `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

export function renderHtml(report: AuditReport, charts: Charts): string {
  const lang = report.lang;
  const t = (id: string, data?: Record<string, string | number>) => escapeHtml(auditText(lang, `cli.audit.report.${id}`, data));
  const sev = (s: string) => escapeHtml(auditText(lang, `cli.severity.${s}`));
  const num = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB');
  const dec = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const n = (v: number) => `<td class="num">${num.format(v)}</td>`;
  const docs = new Map(allRules.map((r) => [r.id, r.meta.docs[lang]]));
  const countHead = `<th scope="col" class="num">${t('messagesAffected')}</th><th scope="col" class="num">${t('findings')}</th><th scope="col" class="num">${sev('error')}</th><th scope="col" class="num">${sev('warning')}</th><th scope="col" class="num">${sev('info')}</th><th scope="col" class="num">${t('perMessage')}</th>`;
  const countCells = (c: Counts) => `${n(c.messages)}${n(c.findings)}${n(c.error)}${n(c.warning)}${n(c.info)}<td class="num">${dec.format(c.messages ? c.findings / c.messages : 0)}</td>`;

  const meta = [
    t('generated', { date: localDateTime(report.generated), version: report.version }),
    t('office', { domains: report.officeDomains.join(', ') }),
    report.policy ? t('policy', { policy: report.policy }) : t('noPolicy'),
    report.since || report.until ? t('period', { since: report.since ?? '…', until: report.until ?? '…' }) : t('allDates'),
  ];
  const totals: Array<[string, number, string?]> = [
    [t('messages'), report.messages],
    [t('withFindings'), report.messagesWithFindings],
    [t('findings'), report.findings.total],
    [sev('error'), report.findings.error, 'error'],
    [sev('warning'), report.findings.warning, 'warning'],
    [sev('info'), report.findings.info, 'info'],
    [t('skipped'), report.skipped.total],
  ];
  const rules = Object.entries(report.byRule);
  const ruleRows = rules.map(([id, r]) => `<tr><td><code>${escapeHtml(id)}</code></td><td>${withCode(docs.get(id) ?? '')}</td>${n(r.findings)}${n(r.messages)}</tr>`).join('');
  const monthRows = Object.entries(report.byMonth).map(([m, c]) => `<tr><th scope="row">${m === NO_MONTH ? t('noMonth') : escapeHtml(m)}</th>${countCells(c)}</tr>`).join('');
  const senders = Object.entries(report.bySender);
  const senderName = (address: string, name?: string) => (name ? `${escapeHtml(name)} &lt;${escapeHtml(address)}&gt;` : escapeHtml(address));
  const senderRows = senders.map(([a, c]) => `<tr><th scope="row">${senderName(a, c.name)}</th>${countCells(c)}</tr>`).join('');
  const worstRows = report.worst
    .map((w) => `<tr><td class="date">${escapeHtml(localDateTime(w.date))}</td><td>${senderName(w.sender, w.senderName)}</td><td>${w.subject.trim() ? escapeHtml(w.subject) : t('noSubject')}</td>${n(w.error)}${n(w.warning)}${n(w.info)}<td>${w.rules.map((r) => `<code>${escapeHtml(r)}</code>`).join(', ')}</td></tr>`)
    .join('');
  const skippedRows = (['notFromOffice', 'outsideDates', 'notMail', 'unreadable'] as const).map((k) => `<tr><th scope="row">${t(`skipped.${k}`)}</th>${n(report.skipped[k])}</tr>`).join('');
  const unreadable = report.skipped.unreadableMessages.map((u) => `<li><code>${escapeHtml(u.source)}</code>: ${escapeHtml(u.reason)}</li>`).join('');
  const failed = Object.entries(report.failedRules);

  const body = `<header>
<h1>${t('title')}</h1>
${meta.map((m) => `<p class="meta">${m}</p>`).join('\n')}
<p class="privacy">${t('privacy')}</p>
</header>
<main>
<section aria-labelledby="totals"><h2 id="totals">${t('totals')}</h2>
<ul class="totals">${totals.map(([label, v, cls]) => `<li><span class="value${cls ? ` ${cls}` : ''}">${num.format(v)}</span>${label}</li>`).join('')}</ul>
</section>
<section aria-labelledby="by-month"><h2 id="by-month">${t('byMonth')}</h2>
<figure><figcaption>${t('chartMonth')}</figcaption>${charts.byMonth}</figure>
<table><thead><tr><th scope="col">${t('month')}</th>${countHead}</tr></thead><tbody>${monthRows}</tbody></table>
</section>
<section aria-labelledby="by-sender"><h2 id="by-sender">${t('bySender')}</h2>
<figure><figcaption>${t('chartSender')}</figcaption>${charts.bySender}</figure>
${senders.length > TOP_SENDERS ? `<p>${t('topSenders', { shown: charts.sendersShown, total: senders.length })}</p>` : ''}
<table><thead><tr><th scope="col">${t('sender')}</th>${countHead}</tr></thead><tbody>${senderRows}</tbody></table>
</section>
<section aria-labelledby="by-rule"><h2 id="by-rule">${t('byRule')}</h2>
${rules.length ? `<table><thead><tr><th scope="col">${t('rule')}</th><th scope="col">${t('ruleWhat')}</th><th scope="col" class="num">${t('findings')}</th><th scope="col" class="num">${t('messagesAffected')}</th></tr></thead><tbody>${ruleRows}</tbody></table>` : `<p>${t('noFindings')}</p>`}
</section>
<section aria-labelledby="worst"><h2 id="worst">${t('worst', { count: report.worst.length })}</h2>
${report.worst.length ? `<table><thead><tr><th scope="col">${t('date')}</th><th scope="col">${t('sender')}</th><th scope="col">${t('subject')}</th><th scope="col" class="num">${sev('error')}</th><th scope="col" class="num">${sev('warning')}</th><th scope="col" class="num">${sev('info')}</th><th scope="col">${t('rules')}</th></tr></thead><tbody>${worstRows}</tbody></table>` : `<p>${t('noFindings')}</p>`}
</section>
<section aria-labelledby="skipped"><h2 id="skipped">${t('skippedHeading')}</h2>
<table><tbody>${skippedRows}</tbody></table>
${unreadable ? `<h3>${t('unreadableList')}</h3><ul>${unreadable}</ul>` : ''}
${failed.length ? `<h3>${t('failedRules')}</h3><ul>${failed.map(([id, c]) => `<li><code>${escapeHtml(id)}</code>: ${num.format(c)}</li>`).join('')}</ul>` : ''}
</section>
</main>
<footer><h2 id="sources">${t('sources')}</h2><ul>${report.sources.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('')}</ul></footer>`;

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(stylePolicy(STYLE))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t('title')}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
