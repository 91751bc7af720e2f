// The HTML reports' style sheet (digest and compare), inline in the page (its policy loads nothing). Screen: a
// readable column; print: A4, no row, bullet or chart cut across pages, headings kept with what
// follows, colours printed as they are (the chart's patterns carry the kinds without them), and
// links written out as citations after their text.
export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5a5a5a; --rule: #c8c8c8; --accent: #1d3f6e; }
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
body { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
header p { margin: .3rem 0; color: var(--muted); }
a { color: var(--accent); }
nav#toc ul { margin: .2rem 0; padding-left: 1.2rem; }
nav#toc > ul { columns: 2 16rem; column-gap: 2rem; }
nav#toc > ul > li { break-inside: avoid; }
nav#toc li { margin: .1rem 0; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: .85rem; margin-top: .3rem; }
svg.chart { display: block; width: 100%; height: auto; max-width: 720px; font: 12px system-ui, "Noto Sans", "DejaVu Sans", sans-serif; }
svg.chart text { fill: #1b1b1b; }
svg.chart text.inside { font-weight: 700; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg.chart text.inside.on-dark { fill: #fff; stroke: none; }
svg.chart text.total { fill: #444; }
table.summary { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: .2rem .5rem; vertical-align: top; }
table.summary thead th { background: #eef2f7; }
table.summary tbody tr:last-child { font-weight: 700; background: #f6f6f6; }
ul.statements { padding-left: 1.2rem; }
li.statement { margin: .35rem 0; }
li.statement:target, li.statement > div:target { background: #fff6cc; outline: 2px solid #e0b400; }
li.statement > div.old { color: var(--muted); }
.kind { font-weight: 700; }
li.kind-krav .kind { color: #1d3f6e; }
li.kind-anbefaling .kind { color: #2f6db0; }
li.kind-onske .kind { color: #8a5200; }
li.kind-bekymring .kind { color: #a12a2a; }
li.kind-stotte .kind { color: #2e7d32; }
li.kind-tilsagn .kind { color: #555; }
.areas { font-style: normal; font-size: .85em; color: var(--muted); }
.areas::before { content: "["; }
.areas::after { content: "]"; }
a.cite { color: var(--muted); text-decoration: none; font-size: .9em; white-space: nowrap; }
a.cite:hover { text-decoration: underline; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr, li, figure, svg, nav#toc li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " <" attr(href) ">"; font-size: .85em; color: var(--muted); word-break: break-all; }
  li.statement:target, li.statement > div:target { background: none; outline: none; }
}
`.trimStart();
