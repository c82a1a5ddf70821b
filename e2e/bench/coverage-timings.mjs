// The coverage of eight articles at once, timed in headless Chromium on loopback. Not a
// test: it prints a Markdown table for BENCHMARKS.md.
//
//   bash scripts/setup.sh && trunk build --release   # dist/, and target/release/overlap
//   node e2e/bench/coverage-timings.mjs              # RUNS=11
//   DIST=/path/to/other/dist node e2e/bench/coverage-timings.mjs   # another build of the page
//
// The corpus is our own story (core/tests/coverage/harbour-strike, articles a to e) and
// the five seeds, bundled by `overlap bundle` into a copy of dist/ whose wasm is unchanged
// (as e2e/coverage.test.mjs does); the set is a to e and the first three seeds, in that
// order. The copy and the corpus go to a temporary folder, removed at the end. Progress
// goes to stderr, the table to stdout.
//
// 1. from a link, cold: `?left=a&right=b&set=<the eight>` in a fresh context, from
//    navigation start to the first row of the matrix in the DOM (a MutationObserver
//    installed before the page's scripts), and to the frame that paints it
//    (requestAnimationFrame, then a task); the eight articles' data is fetched meanwhile.
//    With it, the longest task that blocked the page from navigation start to that frame;
// 2. removing one, the eight loaded: in one page, the button that removes article 8,
//    from its click to the matrix with seven columns in the DOM, and to the frame that
//    paints it;
// 3. adding it back: its title typed in the coverage's picker and Enter (not timed), then
//    from the click on "Add to the comparison" to the matrix with eight columns again.
// Each is measured inside the page (performance.now()), RUNS times; times are medians,
// with the smallest and largest in brackets.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { bundledSite, serveDist, launchBrowser, openPage, ROOT, DIST as BUILT } from '../harness.mjs';

const DIST = process.env.DIST ? path.resolve(process.env.DIST) : BUILT;
const RUNS = Number(process.env.RUNS ?? 11);
const OVERLAP = path.join(ROOT, 'target', 'release', 'overlap');
const STORY = path.join(ROOT, 'core', 'tests', 'coverage', 'harbour-strike');
const SEEDS = path.join(ROOT, 'seeds');
const HARBOUR = ['a', 'b', 'c', 'd', 'e'];
const VIEWPORT = { viewport: { width: 1280, height: 900 } };
const TIMEOUT = 60_000;
const MATRIX = '[data-testid=coverage-matrix]';
const COLUMNS = `${MATRIX} thead th .col-name`;
if (!Number.isInteger(RUNS) || RUNS < 1 || !existsSync(path.join(DIST, 'index.html')) || !existsSync(OVERLAP)) {
  console.error('usage: [RUNS=11] [DIST=path] node e2e/bench/coverage-timings.mjs, after `trunk build --release` (dist/ and target/release/overlap)');
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs) => {
  const digits = median(xs) < 100 ? 1 : 0;
  return `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;
};
const log = (text) => console.error(`coverage-timings: ${text}`);
const txtFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt'));

// In the page, before its scripts: `overlapCoverage` resolves when the matrix's first row
// is in the DOM, to that time, the time of the frame that paints it, its column count and
// the longest task until then (ms since navigation start).
function markCoverage({ matrix, columns, timeout }) {
  const longTasks = [];
  const tasks = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  tasks.observe({ type: 'longtask' });
  globalThis.overlapCoverage = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no coverage matrix')), timeout);
    const observer = new MutationObserver(() => {
      if (!document.querySelector(`${matrix} tbody tr`)) return;
      const dom = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      const count = document.querySelectorAll(columns).length;
      requestAnimationFrame(() => setTimeout(() => {
        const painted = performance.now();
        // Entries of tasks that have ended but are not delivered yet come with takeRecords.
        const longest = Math.max(0, ...[...longTasks, ...tasks.takeRecords()].filter((t) => t.startTime < painted).map((t) => t.duration));
        tasks.disconnect();
        resolve({ dom, painted, columns: count, longest });
      }, 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

// In the page: clicks `button`, and resolves to the time from the click to the matrix
// with `want` columns in the DOM, and to the frame that paints it (ms).
function clickUntilColumns({ button, want, columns, timeout }) {
  return new Promise((resolve, reject) => {
    let start;
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no matrix of ${want} columns after clicking ${button}`));
    }, timeout);
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll(columns).length !== want) return;
      const dom = performance.now() - start;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() - start }), 0));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const target = document.querySelector(button);
    if (!target || target.disabled) {
      observer.disconnect();
      clearTimeout(timer);
      reject(new Error(`${button} is missing or disabled`));
      return;
    }
    start = performance.now();
    target.click();
  });
}

/**
 * Chooses article `index` in the coverage's picker: words of its title (of its opening if
 * it has none, as the picker shows it: the third seed is untitled), then Enter.
 */
async function chooseToAdd(page, entry, index) {
  const box = page.locator('#coverage-article');
  const words = (entry.title ?? entry.opening).split(/\s+/).filter(Boolean);
  for (const k of new Set([3, 5, words.length].map((k) => Math.min(k, words.length)))) {
    await box.fill(words.slice(0, k).join(' '));
    const first = page.locator('#coverage-article-list [role=option]').first();
    await first.waitFor({ timeout: TIMEOUT });
    if ((await first.getAttribute('data-index')) === String(index)) {
      await box.press('Enter');
      return;
    }
  }
  throw new Error(`article ${entry.id} is not the first match of its own title`);
}

/** Copies DIST into `site` with the corpus of harbour-strike and the seeds; its index's articles. */
function buildSite(work, site) {
  const corpus = path.join(work, 'seeds');
  mkdirSync(corpus);
  for (const dir of [STORY, SEEDS]) for (const f of txtFiles(dir)) cpSync(path.join(dir, f), path.join(corpus, f));
  return bundledSite(corpus, site, DIST).articles;
}

const REMOVE = 'button[aria-label="Remove article 8 from the comparison"]';
const ADD = '[data-testid=coverage-add-button]';
const work = mkdtempSync(path.join(tmpdir(), 'overlap-coverage-timings-'));
const site = path.join(work, 'dist');
const cold = { dom: [], painted: [], longest: [] };
const remove = { dom: [], painted: [] };
const add = { dom: [], painted: [] };
let server, browser, chromium, wasm, ids;
try {
  const entries = buildSite(work, site);
  wasm = readdirSync(site).find((f) => f.endsWith('_bg.wasm'));
  const seedIds = new Set(txtFiles(SEEDS).map((f) => f.slice(0, -'.txt'.length)));
  ids = [...HARBOUR, ...entries.filter((e) => seedIds.has(e.id)).slice(0, 3).map((e) => e.id)];
  const missing = ids.filter((id) => !entries.some((e) => e.id === id));
  if (ids.length !== 8 || missing.length > 0) throw new Error(`the bundle lacks articles of the set: ${missing.join(', ') || ids.join(', ')}`);
  const eighth = entries.findIndex((e) => e.id === ids[7]);
  log(`set: ${ids.join(', ')}`);

  server = await serveDist(site);
  browser = await launchBrowser();
  chromium = browser.version();
  const url = `${server.base}?left=a&right=b&set=${ids.join(',')}`;

  // 1. From a link, cold: a fresh context each time, so nothing comes from its cache.
  const marking = { matrix: MATRIX, columns: COLUMNS, timeout: TIMEOUT };
  for (let i = 0; i < RUNS; i++) {
    const { page, errors, context } = await openPage(browser, url, VIEWPORT, ({ page }) => page.addInitScript(markCoverage, marking));
    const shown = await page.evaluate(() => globalThis.overlapCoverage);
    if (shown.columns !== 8) throw new Error(`the first matrix has ${shown.columns} columns, not 8`);
    if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
    cold.dom.push(shown.dom);
    cold.painted.push(shown.painted);
    cold.longest.push(shown.longest);
    await context.close();
  }
  log('cold loads measured');

  // 2. and 3. Removing article 8 and adding it back, in one page with the eight loaded;
  // each round ends with the set as it began.
  const { page, errors, context } = await openPage(browser, url, VIEWPORT);
  await page.locator(`${MATRIX} tbody tr`).first().waitFor({ timeout: TIMEOUT });
  for (let i = 0; i < RUNS; i++) {
    const removed = await page.evaluate(clickUntilColumns, { button: REMOVE, want: 7, columns: COLUMNS, timeout: TIMEOUT });
    remove.dom.push(removed.dom);
    remove.painted.push(removed.painted);
    await chooseToAdd(page, entries[eighth], eighth);
    const added = await page.evaluate(clickUntilColumns, { button: ADD, want: 8, columns: COLUMNS, timeout: TIMEOUT });
    add.dom.push(added.dom);
    add.painted.push(added.painted);
  }
  const set = await page.evaluate(() => new URL(location.href).searchParams.get('set'));
  if (set !== ids.join(',')) throw new Error(`the set ended as ${set}, not as it began`);
  if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
  await context.close();
  log('removing and adding measured');
} finally {
  await browser?.close();
  server?.stop();
  rmSync(work, { recursive: true, force: true });
}

const command = `${process.env.DIST ? `DIST=${process.env.DIST} ` : ''}RUNS=${RUNS} node ${path.relative(process.cwd(), process.argv[1])}`;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`\`${command}\`\n`);
console.log(`Machine: ${execFileSync('nproc').toString().trim()} CPUs (nproc), ${cpu}; load average ${loadavg()[0].toFixed(2)} at the end; Chromium ${chromium} (headless); Node ${process.version}. Set: ${ids.join(', ')}; page ${wasm}.\n`);
console.log('| Coverage of 8 articles (ms) | to the DOM | to the painted frame |');
console.log('|---|---|---|');
console.log(`| From a link, cold: navigation start → matrix rows | ${ms(cold.dom)} | ${ms(cold.painted)} |`);
console.log(`| Longest task during the cold load, to the painted frame | ${ms(cold.longest)} | |`);
console.log(`| All 8 loaded, removing article 8: click → 7 columns | ${ms(remove.dom)} | ${ms(remove.painted)} |`);
console.log(`| Adding it back: click on Add → 8 columns | ${ms(add.dom)} | ${ms(add.painted)} |`);
