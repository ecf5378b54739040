/**
 * The report's charts: Vega-Lite specifications compiled and rendered to SVG by Vega in Node
 * (no browser, no canvas, no network), so report.html carries them inline. Vega escapes every
 * text it writes. Loaded only when a report is written: `check` never pays for it. The charts'
 * own ARIA is off; each SVG is one image labelled by its caption, with the same numbers in a
 * table beside it for readers who cannot see it.
 */
import type { TopLevelSpec } from 'vega-lite';
import { type Lang } from '../../engine/i18n';
import { auditText } from '../texts';
import type { Severity } from '../../engine/types';
import type { AuditReport } from './summary';
import { NO_MONTH } from '../aggregate';
import { escapeHtml } from '../../engine/signature/escape';

/** Dark enough for 4.5:1 against white, and told apart by more than hue (order and legend). */
export const SEVERITY_COLOURS: Record<Severity, string> = { error: '#b3261e', warning: '#8a5300', info: '#2b5797' };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const TOP_SENDERS = 15;

type Bar = { group: string; severity: string; order: number; count: number };

function bars(groups: Array<[string, Record<Severity, number>]>, lang: Lang): Bar[] {
  return groups.flatMap(([group, counts]) => SEVERITIES.map((s, order) => ({ group, severity: auditText(lang, `cli.severity.${s}`), order, count: counts[s] })));
}

function spec(values: Bar[], lang: Lang, horizontal: boolean, groupTitle: string, groups: string[]): TopLevelSpec {
  const severity = { field: 'severity', type: 'nominal' as const, title: auditText(lang, 'cli.audit.report.severity'), sort: SEVERITIES.map((s) => auditText(lang, `cli.severity.${s}`)), scale: { domain: SEVERITIES.map((s) => auditText(lang, `cli.severity.${s}`)), range: SEVERITIES.map((s) => SEVERITY_COLOURS[s]) } };
  const count = { field: 'count', type: 'quantitative' as const, title: auditText(lang, 'cli.audit.report.findings'), stack: 'zero' as const, axis: { tickMinStep: 1, format: 'd' } };
  const group = { field: 'group', type: 'nominal' as const, title: groupTitle, sort: groups, axis: { labelLimit: 260 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    data: { values },
    width: horizontal ? 560 : Math.max(320, 64 * groups.length),
    height: horizontal ? Math.max(60, 26 * groups.length) : 260,
    mark: { type: 'bar', aria: false },
    encoding: horizontal ? { y: group, x: count, color: severity, order: { field: 'order' } } : { x: { ...group, axis: { labelAngle: 0 } }, y: count, color: severity, order: { field: 'order' } },
    config: { aria: false, font: 'sans-serif', background: 'white', axis: { labelColor: '#222222', titleColor: '#222222', labelFontSize: 11, titleFontSize: 12 }, legend: { labelColor: '#222222', titleColor: '#222222' }, view: { stroke: null } },
  };
}

async function render(s: TopLevelSpec, label: string): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(vegaLite.compile(s).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" `);
}

export type Charts = { byMonth: string; bySender: string; sendersShown: number };

export async function renderCharts(report: AuditReport): Promise<Charts> {
  const lang = report.lang;
  const months = Object.entries(report.byMonth).map(([m, c]): [string, Record<Severity, number>] => [m === NO_MONTH ? auditText(lang, 'cli.audit.report.noMonth') : m, c]);
  const senders = Object.entries(report.bySender)
    .slice(0, TOP_SENDERS)
    .map(([address, c]): [string, Record<Severity, number>] => [c.name ?? address, c]);
  const [byMonth, bySender] = await Promise.all([
    render(spec(bars(months, lang), lang, false, auditText(lang, 'cli.audit.report.month'), months.map(([m]) => m)), auditText(lang, 'cli.audit.report.chartMonth')),
    render(spec(bars(senders, lang), lang, true, auditText(lang, 'cli.audit.report.sender'), senders.map(([s]) => s)), auditText(lang, 'cli.audit.report.chartSender')),
  ]);
  return { byMonth, bySender, sendersShown: senders.length };
}
