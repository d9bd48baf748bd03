// The HTML report in a real browser: Debian's chromium, headless, driven by playwright-core.
// Asserts what a reader sees — conflict cards with their highlighted evidence and charts,
// hostile article text shown as text and never run, columns that sort on click (so the
// hashed script passed the page's CSP), no network, summary numbers equal to the store's,
// no serious or critical axe-core violations. The sample drop's report is measured at
// 1,400 px wide and screenshotted (REPORT_SCREENSHOTS=dir keeps the pictures there).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newsfacts, REPO } from './cli-helpers.ts';
import { reportStore } from './report-store.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`report-browser: ${CHROMIUM} is missing, browser test skipped (CI installs it in .ci/run)`);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

function writeReport(db: string, dir: string): string {
  const page = join(dir, 'report.html');
  const r = newsfacts(['report', '--db', db, '--format', 'html', '--out', page]);
  expect(r.status, r.stderr).toBe(0);
  return page;
}

interface Opened { page: Page; requests: string[]; console: string[] }

async function open(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const console: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => console.push(m.text()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, console };
}

/** axe-core run in the page (evaluated over the DevTools protocol, which the page's CSP does not govern). */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

describe.skipIf(!available)('the HTML report in chromium', () => {
  let browser: Browser;
  let db: string;
  let hostile: Opened;

  beforeAll(async () => {
    db = reportStore();
    const page = writeReport(db, mkdtempSync(join(tmpdir(), 'newsfacts-html-')));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    hostile = await open(browser, page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  test('a reader sees the scale-error card with what was kept, what was flagged, the marked spans and a chart', async () => {
    const cards = await hostile.page.$$eval('#conflicts .card', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), text: (e as HTMLElement).innerText })));
    const scale = cards.filter((c) => c.kind === 'scale_error');
    expect(scale).toHaveLength(1);
    expect(scale[0]!.text).toMatch(/Kept\s+\$300bn in 3 articles/);
    expect(scale[0]!.text).toMatch(/Flagged\s+\$30bn in 1 article: Translated Brief/);
    const disputed = cards.filter((c) => c.kind === 'value_mismatch');
    expect(disputed[0]!.text).toContain('over $60bn');
    expect(disputed[0]!.text).toContain('up to $44bn');
    const marks = await hostile.page.$$eval('#conflicts mark', (els) => els.map((m) => m.textContent));
    expect(marks).toEqual(expect.arrayContaining(['$300 billion', '$30 billion']));
    // every claim links to its article's row
    const targets = await hostile.page.$$eval('#conflicts a[href^="#article-"], #facts a[href^="#article-"]', (els) => els.map((a) => a.getAttribute('href')!.slice(1)));
    expect(targets.length).toBeGreaterThan(0);
    for (const id of new Set(targets)) expect(await hostile.page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  test('the charts render as static SVG with marks and a text alternative', async () => {
    const charts = await hostile.page.$$eval('#conflicts figure.chart svg', (svgs) => svgs.map((svg) => ({
      role: svg.getAttribute('role'), label: svg.getAttribute('aria-label'), title: svg.querySelector('title')?.textContent,
      dots: svg.querySelectorAll('.mark-symbol.role-mark path').length, width: svg.getBoundingClientRect().width,
    })));
    expect(charts).toHaveLength(2);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.label).toMatch(/^Chart of .+ one dot per claim/);
      expect(c.title).toBe(c.label);
      expect(c.width).toBeGreaterThan(200);
    }
    expect(charts.map((c) => c.dots)).toEqual([4, 2]); // one dot per claim: 3 + 1 for Japan, 1 + 1 for the Alaska estimates
  });

  test('the summary band gives the store\'s numbers', async () => {
    const store = new Database(db, { readonly: true });
    const rows = (sql: string) => Object.fromEntries((store.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
    const expected = {
      articles: store.prepare("SELECT count(*) FROM articles WHERE status != 'failed'").pluck().get(),
      failed: store.prepare("SELECT count(*) FROM articles WHERE status = 'failed'").pluck().get(),
      languages: rows("SELECT lang AS k, count(*) AS n FROM articles WHERE status != 'failed' GROUP BY lang"),
      facts: rows('SELECT status AS k, count(*) AS n FROM facts GROUP BY status'),
      conflicts: rows('SELECT kind AS k, count(*) AS n FROM conflicts GROUP BY kind'),
    };
    store.close();
    const shown = await hostile.page.evaluate(() => {
      const tally = (name: string) => Object.fromEntries([...document.querySelectorAll(`[data-tally="${name}"] li`)].map((li) => [li.getAttribute('data-key'), Number(li.getAttribute('data-n'))]));
      const big = (name: string) => Number(document.querySelector(`[data-summary="${name}"]`)!.textContent);
      return { articles: big('articles'), failed: big('failed'), languages: tally('languages'), facts: tally('facts'), conflicts: tally('conflicts'), factTotal: big('facts') };
    });
    expect(shown).toEqual({ ...expected, factTotal: Object.values(expected.facts).reduce((a, b) => a + b, 0) });
  });

  test('hostile article text is shown as text and never runs', async () => {
    const { page } = hostile;
    expect(await page.evaluate(() => document.body.dataset.pwned ?? null)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    // the hostile sentence is evidence, collapsed until opened: its text is there as text
    expect(await page.evaluate(() => document.body.textContent)).toContain('<script>alert("x")</script>');
    await page.locator('#facts details').last().evaluate((d) => { (d as HTMLDetailsElement).open = true; });
    expect(await page.evaluate(() => document.body.innerText)).toContain('<script>alert("x")</script>');
  });

  test('clicking a column header sorts the facts table, both ways', async () => {
    const { page } = hostile;
    const values = () => page.$$eval('#fact-table tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[0]!.textContent));
    const header = page.locator('#fact-table th').first();
    await header.click();
    expect(await values()).toEqual(['Alaska LNG', 'Japan']);
    await header.click();
    expect(await values()).toEqual(['Japan', 'Alaska LNG']);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
  });

  test('the page asks for nothing over the network and breaks no CSP rule', () => {
    expect(hostile.requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(hostile.console.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  test('axe-core finds no serious or critical accessibility violation', async () => {
    expect(await seriousViolations(hostile.page)).toEqual([]);
  });

  test('the sample drop\'s report fits in about three screens at 1,400 px wide', async () => {
    const dir = process.env.REPORT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'newsfacts-screens-'));
    mkdirSync(dir, { recursive: true });
    const sample = join(dir, 'sample.sqlite');
    const run = newsfacts(['run', join(REPO, 'fixtures/seeds'), '--db', sample, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const opened = await open(browser, writeReport(sample, dir));
    const height = await opened.page.evaluate(() => document.documentElement.scrollHeight);
    await opened.page.screenshot({ path: join(dir, 'report-first-screen.png') });
    await opened.page.screenshot({ path: join(dir, 'report-full.png'), fullPage: true });
    await opened.page.locator('#conflicts').screenshot({ path: join(dir, 'report-conflicts.png') });
    writeFileSync(join(dir, 'report-height.json'), `${JSON.stringify({ width: 1400, height }, null, 2)}\n`);
    console.info(`report-browser: the sample drop's report is ${height} px tall at 1,400 px wide; screenshots in ${dir}`);
    expect(height).toBeLessThan(3 * 1200); // 7,365 px before the summary band and cards (the sample drop alone)
    expect(await opened.page.locator('#conflicts .card').count()).toBeGreaterThan(0);
    expect(await seriousViolations(opened.page)).toEqual([]);
    await opened.page.close();
  }, 180_000);
});
