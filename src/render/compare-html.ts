// `compare --format html`: the Markdown report's tree (compare-report.ts, with its HTML hints) on
// the digest's page — same policy, style and table of contents (digest/html.ts) — with a chart of
// statements per area and change. Loaded only on this path (commands/compare.ts imports it).
import type { Comparison } from '../model/result.js';
import { buildCompareReport, changesPerArea, areaLabel, reportLabels, reportTitle } from './compare-report.js';
import { changeSeries, stackedBars } from './digest/chart.js';
import { renderReport } from './digest/html.js';
import { labelsFor, type Lang } from './digest/labels.js';

/** The comparison's HTML page, ending in one newline; the same comparison gives the same bytes. */
export function renderCompareHtml(comparison: Comparison, options: { all: boolean; lang: Lang }): string {
  const { lang } = options;
  const labels = reportLabels(lang);
  const chart = stackedBars({
    series: changeSeries(labels.changes),
    rows: changesPerArea(comparison.records, lang).map(({ area, counts }) => ({ label: areaLabel(area, lang), counts })),
    caption: labels.chartCaption,
    total: labelsFor(lang).statements,
  });
  return renderReport(buildCompareReport(comparison, options), { lang, title: reportTitle(comparison, lang), chart, caption: labels.chartCaption });
}
