// Page timings in headless Chromium against the release build in dist/, with performance
// marks and measures in the page. Not a test: it prints figures for BENCHMARKS.md.
//
//   bash scripts/setup.sh && trunk build --release && node e2e/bench/page-timings.mjs
//   DIST=/path/to/other/dist node e2e/bench/page-timings.mjs   # another build, same machine
//
// 1. first render: navigation start → both panes show highlighted text (loopback);
// 2. pair switch: choosing a new pair in a picker → the new panes are highlighted and
//    painted, for the largest seed pair (002 and 004), median of RUNS;
// 3. adding your own article at the size limit: time to the highlighted pane, and the
//    longest task that blocked the page meanwhile;
// 4. the gzipped size of every file at the top of dist/, and of what the first view fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist, launchBrowser, openPage, DIST as BUILT } from '../harness.mjs';

// DIST=path times another build (an older commit's dist/, say) in the same run.
const DIST = process.env.DIST ? path.resolve(process.env.DIST) : BUILT;

const RUNS = Number(process.env.RUNS ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (all) => { const xs = all.filter((x) => !Number.isNaN(x)); return `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`; };

const server = await serveDist(DIST);
const browser = await launchBrowser();

// 1. First render.
const firstRender = [];
// What the first view fetched (run 1): the files, for their gzipped sizes.
const firstViewFiles = new Set();
const fcp = [];
for (let i = 0; i < RUNS; i++) {
  const { page, context } = await openPage(browser, 'about:blank', { viewport: { width: 1280, height: 900 } });
  if (i === 0) page.on('request', (r) => firstViewFiles.add(decodeURIComponent(new URL(r.url()).pathname)));
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.pane[data-side="right"] mark.hl')) {
        performance.mark('overlap:first-highlighted-panes');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.base);
  await page.waitForFunction(() => performance.getEntriesByName('overlap:first-highlighted-panes').length > 0);
  firstRender.push(await page.evaluate(() => performance.getEntriesByName('overlap:first-highlighted-panes')[0].startTime));
  fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
  await context.close();
}

// 2. Pair switch, largest pair: 002 on the left, then 004 on the right, alternating
// with 001 so that every run is a real change.
const { page, context } = await openPage(browser, `${server.base}?left=002_3efbda6fc0e6d159&right=001_117cd72936ee1a47`, { viewport: { width: 1280, height: 900 } });
await page.locator('.pane[data-side="right"] mark.hl').first().waitFor();
const switches = [];
for (let i = 0; i < RUNS * 2; i++) {
  const target = i % 2 === 0 ? '4' : '1';
  const ms = await page.evaluate(async (value) => {
    const title = () => document.querySelector('.pane[data-side="right"] h2')?.textContent;
    const before = title();
    const picker = document.getElementById('right-article');
    if (picker.tagName === 'SELECT') {
      // Builds before the search boxes (issue 12): a plain select.
      performance.mark('overlap:choose');
      picker.value = value;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      // The search box: type words of the title, then Enter, timed from the Enter.
      picker.focus();
      picker.value = value === '4' ? 'two-faced strategy' : 'intelligence briefers';
      picker.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('#right-article-list [role=option]') ? resolve() : requestAnimationFrame(check));
        check();
      });
      performance.mark('overlap:choose');
      picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    // Wait for the new pane with its highlights, then for the frame that paints it.
    await new Promise((resolve) => {
      const check = () => (title() !== before && document.querySelector('.pane[data-side="right"] mark.hl') ? resolve() : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    performance.mark('overlap:painted');
    return performance.measure('overlap:pair-switch', 'overlap:choose', 'overlap:painted').duration;
  }, target);
  if (target === '4') switches.push(ms);
}
await context.close();

// 3. Your own article at the size limit (200 KB): a seed repeated with numbered paragraphs.
const seed = readFileSync(path.join(DIST, '..', 'seeds', '004_8144ab209fc3d631.txt'), 'utf8');
let big = 'A Very Long Article About Putin and Trump\n\n';
for (let n = 0; big.length < 196_000; n++) big += seed.replaceAll('\n\n', `\n\nPart ${n}. `) + '\n\n';
big = big.slice(0, 199_000);
const adds = [];
const longest = [];
for (let i = 0; i < 5; i++) {
  const { page, context } = await openPage(browser, server.base, { viewport: { width: 1280, height: 900 } });
  await page.locator('.pane mark.hl').first().waitFor();
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await page.getByTestId('add-article').click();
  await page.locator('#add-text').evaluate((t, v) => { t.value = v; }, big);
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Add and compare' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1' && document.querySelector('.pane[data-side="right"] mark.hl'), null, { timeout: 60_000 });
  const end = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  adds.push(end - start);
  longest.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
  if (process.env.VERBOSE) console.log(await page.evaluate(() => window.__longTasks));
  await context.close();
}

await browser.close();
server.stop();

// 4. Sizes: every file dist/ serves, and what the first view fetched.
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
let total = 0;
const files = readdirSync(DIST).filter((f) => statSync(path.join(DIST, f)).isFile()).map((f) => {
  const bytes = statSync(path.join(DIST, f)).size;
  const g = gz(path.join(DIST, f));
  total += g;
  return `  ${f}: ${bytes} bytes, ${g} gzipped`;
});
const fetched = [...firstViewFiles].map((p) => (p === '/' ? 'index.html' : p.slice(1))).filter((f) => existsSync(path.join(DIST, f)));
const firstView = fetched.reduce((sum, f) => sum + gz(path.join(DIST, f)), 0);
console.log(`first render to highlighted panes: ${fmt(firstRender)}; first contentful paint ${fmt(fcp)}`);
console.log(`pair switch to highlighted, painted panes (002 ↔ 004): ${fmt(switches)}`);
console.log(`adding a ${(big.length / 1000).toFixed(0)} KB article to its highlighted pane: ${fmt(adds)}; longest blocking task ${fmt(longest)}`);
console.log(`first view fetched ${fetched.length} files, ${firstView} bytes gzipped: ${fetched.join(', ')}`);
console.log(`dist/ top-level files gzipped: ${total} bytes\n${files.join('\n')}`);
