// The HTML reports (`digest --format html`, `compare --format html`) opened in a real Chromium
// (Debian's `chromium`, driven by playwright-core), as a reader would: no console error, no
// request but the page itself, the chart drawn with one bar per group that has statements and an
// accessible name, every statement `list` (or `compare`) gives an anchor that resolves, text from
// documents shown as text, nothing wider than an A4 page when printed, and a PDF printed.
// Screenshots and the PDFs are kept in test-artifacts/ (gitignored) to look at.
//
// Without /usr/bin/chromium the test is skipped with a reason, except in CI (CI=true), where
// .ci/run installs the browser and a missing one must fail.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ndjson, ROOT, tempDir } from '../helpers/cli.js';
import { fixtureIndex, HEALTH_DOC, type FixtureDoc } from '../digest/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!available && !inCi) console.warn(`skipping the browser tests: ${CHROMIUM} is missing (apt-get install chromium; CI installs it)`);

const SCRIPT_SENTENCE = 'KS krever <script>document.title="pwned"</script> og <img src=x onerror="document.title=\'pwned\'"> mer penger.';
const HOSTILE_DOC: FixtureDoc = {
  ...HEALTH_DOC,
  lines: HEALTH_DOC.lines.map((l, i) => (i === 0 ? { ...l, text: SCRIPT_SENTENCE } : l)),
};

interface Opened {
  page: Page;
  /** the report's own address */
  url: string;
  errors: string[];
  requests: string[];
}

/**
 * Printed, A4's text width (210 mm less the page's 15 mm margins, at 96 px an inch) holds
 * everything: no element runs past the right edge, nothing scrolls sideways.
 */
async function expectFitsA4(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const a4 = Math.floor(((210 - 30) / 25.4) * 96);
  await page.setViewportSize({ width: a4, height: 1000 });
  const overflow = await page.evaluate((width) => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}: ${Math.round(e.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth, wide };
  }, a4);
  expect(overflow.wide).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(a4);
}

describe.skipIf(!available && !inCi)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    dir = join(tempDir(), 'rapport æøå med mellomrom');
    mkdirSync(dir, { recursive: true });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Write the digest's report for `args` and open it. */
  async function open(args: string[], name: string): Promise<Opened> {
    const file = join(dir, name);
    const out = cli(['digest', '--format', 'html', '-o', file, ...args]);
    expect(out.code, out.stderr).toBe(0);
    return openFile(file);
  }

  /** Open a page; console errors, page errors and requests are recorded. */
  async function openFile(file: string): Promise<Opened> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, url: page.url(), errors, requests };
  }

  it('shows the bundled corpus: chart, anchors for every id `list` gives, A4 without overflow, a PDF', async () => {
    const { page, url, errors, requests } = await open([], 'alle.html');
    const records = ndjson<{ id: string; areas: string[] }>(cli(['list', '--format', 'ndjson']).stdout);
    expect(records.length).toBeGreaterThan(50);

    // the chart: visible, of some size, one bar per group with statements (by area: a
    // statement's first area), the bars' counts adding up to the statements
    const chart = page.locator('svg.chart');
    await expect.poll(() => chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(100);
    // a bar per area any statement carries (a statement counts under each of its areas)
    const groups = new Set(records.flatMap((r) => (r.areas.length ? r.areas : [''])));
    const marks = await page.locator('svg.chart g.mark').evaluateAll((gs) =>
      gs.map((g) => {
        const r = (g as SVGGraphicsElement).getBoundingClientRect();
        return { count: Number(g.getAttribute('data-count')), width: r.width, height: r.height, title: g.querySelector('title')?.textContent ?? '' };
      }),
    );
    expect(marks).toHaveLength(groups.size);
    for (const m of marks) {
      expect(m.width).toBeGreaterThan(0);
      expect(m.height).toBeGreaterThan(0);
      expect(m.title).toMatch(new RegExp(`: ${m.count} utsagn$`, 'u'));
    }
    expect(marks.reduce((a, m) => a + m.count, 0)).toBe(records.reduce((n, r) => n + Math.max(1, r.areas.length), 0));
    // every segment says its count on hover
    const segmentTitles = await page.locator('svg.chart rect.segment > title').allTextContents();
    expect(segmentTitles.length).toBeGreaterThanOrEqual(groups.size);
    for (const t of segmentTitles) expect(t).toMatch(/: \d+$/u);

    // every id from `list` is an anchor a link can point at
    const unresolved = await page.evaluate((ids) => {
      const missing: string[] = [];
      for (const id of ids) {
        location.hash = id;
        const target = document.querySelector(':target');
        if (!target || target.id !== id || target.tagName !== 'LI') missing.push(id);
      }
      return missing;
    }, records.map((r) => r.id));
    expect(unresolved).toEqual([]);
    // and every link inside the page leads somewhere
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))).filter((id) => !document.getElementById(id)),
    );
    expect(dangling).toEqual([]);
    expect(await page.locator('nav#toc a').count()).toBeGreaterThan(3);
    expect(await page.locator('table.summary tbody tr').count()).toBe(groups.size + 1);

    await page.evaluate(() => (location.hash = ''));
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: false });
    await page.screenshot({ path: join(ARTIFACTS, 'report-full.png'), fullPage: true });
    await expectFitsA4(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20000);
    writeFileSync(join(ARTIFACTS, 'report.pdf'), pdf);

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 120000);

  it('shows a sentence holding <script> and <img onerror> as text, and runs nothing', async () => {
    const index = await fixtureIndex([HOSTILE_DOC]);
    const { page, url, errors, requests } = await open(['--index', index, '--lang', 'en'], 'hostile.html');
    expect(await page.title()).toBe("KS' demands and input: all areas");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => document.images.length)).toBe(0);
    const item = await page.locator('li[id="1-1"]').textContent();
    expect(item).toContain('<script>document.title="pwned"</script>');
    expect(item).toContain('<img src=x onerror=');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('script-src');
    // the policy is in force: an inline script added now is refused
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      return (window as unknown as { __ran?: boolean }).__ran === true;
    });
    expect(ran).toBe(false);
    expect(errors.filter((e) => !/Content Security Policy/u.test(e))).toEqual([]);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(ARTIFACTS, 'report-hostile.png') });
    await page.close();
  }, 60000);

  it('shows a comparison: the chart of changes per area, anchors for every id compare lists, A4 without overflow, a PDF', async () => {
    const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'compare', name);
    const index = join(dir, 'indeks');
    const args = ['compare', '--index', index, fixture('budsjett-old.md'), fixture('budsjett-new.md')];
    const out = cli([...args, '--format', 'html']);
    expect(out.code, out.stderr).toBe(0); // the documents differ
    const file = join(dir, 'endringer.html');
    writeFileSync(file, out.stdout);
    const records = ndjson<{ change: string; old: { id: string } | null; new: { id: string } | null }>(cli([...args, '--format', 'ndjson']).stdout);
    const listed = records.filter((r) => r.change !== 'repeated');
    expect(listed.length).toBeGreaterThan(10);
    const { page, url, errors, requests } = await openFile(file);

    // the chart: visible, of some size, named for assistive technology by its title
    const chart = page.getByRole('img', { name: /^Utsagn per område og endring/u });
    await expect.poll(() => chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(100);
    // a bar per row of the summary table (an area), drawn, the bars adding up to every record
    const marks = await page.locator('svg.chart g.mark').evaluateAll((gs) =>
      gs.map((g) => {
        const r = (g as SVGGraphicsElement).getBoundingClientRect();
        return { count: Number(g.getAttribute('data-count')), width: r.width, title: g.querySelector('title')?.textContent ?? '' };
      }),
    );
    const areaRows = await page.locator('table.summary tbody tr td:first-child').allTextContents();
    expect(marks.map((m) => m.title.replace(/: \d+ utsagn$/u, ''))).toEqual(areaRows.slice(0, -1));
    for (const m of marks) expect(m.width).toBeGreaterThan(0);
    expect(marks.reduce((a, m) => a + m.count, 0)).toBe(records.length);
    expect(await page.locator('svg.chart .legend-item').allTextContents()).toEqual(['Nye', 'Borte', 'Skjerpet', 'Svekket', 'Omformulert', 'Gjentatt']);

    // every statement the report lists, old side and new, is an anchor a link can point at
    const ids = listed.flatMap((r) => [r.old?.id, r.new?.id]).filter((id): id is string => id !== undefined);
    const unresolved = await page.evaluate((wanted) => {
      const missing: string[] = [];
      for (const id of wanted) {
        location.hash = id;
        const target = document.querySelector(':target');
        if (!target || target.id !== id || !target.closest('li.statement')) missing.push(id);
      }
      return missing;
    }, ids);
    expect(unresolved).toEqual([]);
    const dangling = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')].map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))).filter((id) => !document.getElementById(id)),
    );
    expect(dangling).toEqual([]);
    // a link followed: the contents' entry scrolls its section into view
    await page.evaluate(() => (location.hash = ''));
    await page.locator('nav#toc a[href="#changes-reworded"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#changes-reworded');
    await expect.poll(() => page.locator('#changes-reworded').isVisible()).toBe(true);
    expect(await page.evaluate(() => Math.round(document.getElementById('changes-reworded')!.getBoundingClientRect().top))).toBeLessThan(100);

    await page.evaluate(() => (location.hash = ''));
    await page.screenshot({ path: join(ARTIFACTS, 'compare-report.png'), fullPage: true });

    await expectFitsA4(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    writeFileSync(join(ARTIFACTS, 'compare-report.pdf'), pdf);

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  }, 120000);
});
