// How the build and the page fare as the corpus grows: the seeds (the release build in
// dist/ itself) and generated corpora of 100, 1,000 and 10,000 articles, in headless
// Chromium on loopback. Not a test: it prints a Markdown table for BENCHMARKS.md.
//
//   bash scripts/setup.sh && trunk build --release   # dist/, and target/release/overlap
//   node e2e/bench/scale.mjs                         # SIZES=5,100,1000,10000, RUNS=5
//   SIZES=5,100,1000 RUNS=3 node e2e/bench/scale.mjs  # without 10,000 (its build takes minutes)
//   OVERLAP=/tmp/overlap node e2e/bench/scale.mjs    # another `overlap` binary, e.g. a copy
//                                                    # that a rebuild cannot replace mid-run
//   DIST=/path/to/other/dist node e2e/bench/scale.mjs  # another build of the page
//
// The wasm does not depend on the corpus, so a dist/ for N articles is a copy of dist/
// whose corpus/ is rebuilt by `overlap bundle` from `generate.mjs N` (seed 1). N = 5
// stands for the seeds: dist/ itself, as its build bundled them. dist/ is copied once at
// the start, so that a rebuild during the run cannot mix two builds. Copies and corpora
// go to a temporary folder, removed at the end. Progress goes to stderr, the table to
// stdout.
//
// For each N, after the articles and the stories (those the generator wrote → those the
// build found):
// 1. build: wall time of `overlap bundle CORPUS OUT/corpus`, the corpus's part of the
//    build (for the seeds, bundled into a scratch folder). A full `trunk build` adds
//    the wasm's compile, which does not depend on N; generating the corpus is not counted;
// 2. dist/: its files and their total bytes; the first view's download, gzipped (each
//    file at level 9): index.html, start.js, the app's .js, _bg.wasm and .css,
//    corpus/index.json and the two articles opened first; and of that, the index alone;
// 3. first view: navigation start → both panes show highlighted text (a MutationObserver
//    marks the first `.pane[data-side=right] mark.hl`), fresh context, median of RUNS;
// 4. opening an article: in the right picker, typing words of its title and pressing
//    Enter, from the keydown to the frame that paints its highlighted pane (a
//    MutationObserver sees the pane, then requestAnimationFrame and a task); (a) an
//    article whose data is not loaded yet, so it is fetched (one per fresh context,
//    RUNS of them, spread over the corpus); (b) switching back and forth between two
//    loaded ones (4 switches a context);
// 5. a search keystroke: with the right picker focused, one character typed (the
//    start of an outlet's name, of a word of a title, of the last word of a name an
//    article mentions), from the keydown to the frame that paints the changed list of
//    options. Keystrokes that leave the list as it was (the same matches) are left out;
//    n says how many of those typed counted;
// 6. memory, after the first view and three more articles opened in the right picker
//    (four pairs), after a garbage collection: the JS heap used (CDP
//    Performance.getMetrics, JSHeapUsedSize: V8's heap, without the wasm's memory), the
//    size of the wasm's linear memory (its memory.buffer.byteLength: what it has grown
//    to, not what is in use) and the DOM's nodes (Performance.getMetrics, Nodes).
// Times are medians, with the smallest and largest in brackets.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist, launchBrowser, openPage, ROOT, DIST as BUILT } from '../harness.mjs';
import { generate } from './generate.mjs';

const DIST = process.env.DIST ? path.resolve(process.env.DIST) : BUILT;
const SIZES = (process.env.SIZES ?? '5,100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 5);
const OVERLAP = path.resolve(process.env.OVERLAP ?? path.join(ROOT, 'target', 'release', 'overlap'));
const SEEDS = path.join(ROOT, 'seeds');
const SEED = 1;
const VIEWPORT = { viewport: { width: 1280, height: 900 } };
const TIMEOUT = 120_000;
if (SIZES.some((n) => !Number.isInteger(n) || n < 2) || !(RUNS >= 1)) {
  console.error('usage: [SIZES=5,100,1000,10000] [RUNS=5] [OVERLAP=path] node e2e/bench/scale.mjs');
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs) => {
  const digits = median(xs) < 100 ? 1 : 0;
  return `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;
};
const count = (n) => n.toLocaleString('en');
const size = (bytes) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);
const log = (text) => console.error(`scale: ${text}`);

/** Every file under `dir`, with its path relative to it. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(path.join(dir, f)).isFile());

/** Wall time of `overlap bundle from to`, in seconds. */
function bundle(from, to) {
  const started = performance.now();
  const run = spawnSync(OVERLAP, ['bundle', from, to], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`overlap bundle ${from}: ${run.error ?? run.stderr}`);
  return (performance.now() - started) / 1000;
}

// In the page: the first highlighted right pane, as page-timings.mjs marks it.
function markFirstView() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('.pane[data-side="right"] mark.hl')) {
      performance.mark('overlap:first-highlighted-panes');
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

// In the page: keeps the wasm's instance, to read the size of its memory.
function keepWasmInstance() {
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const instance = result.instance ?? result;
      if (instance.exports?.memory) globalThis.overlapWasmInstance = instance;
      return result;
    };
  }
}

// In the page: arms a measure from the next keydown to the frame that paints a right
// pane with another title and highlights; `window.overlapOpened` resolves to it (ms).
function armOpen(timeout) {
  const pane = () => document.querySelector('.pane[data-side="right"]');
  const before = pane()?.querySelector('h2')?.textContent;
  const ready = () => {
    const h2 = pane()?.querySelector('h2');
    return h2 && h2.textContent !== before && pane().querySelector('mark.hl');
  };
  window.overlapOpened = new Promise((resolve, reject) => {
    addEventListener('keydown', () => {
      performance.mark('overlap:enter');
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no highlighted pane in place of “${before}”`));
      }, timeout);
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark('overlap:opened');
          resolve(performance.measure('overlap:open', 'overlap:enter', 'overlap:opened').duration);
        }, 0));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  });
}

// In the page: arms a measure from the next keydown to the frame that paints the right
// picker's changed options; `window.overlapListed` resolves to it (ms), or to null if
// the options did not change within half a second.
function armKeystroke() {
  const list = document.getElementById('right-article-list');
  window.overlapListed = new Promise((resolve) => {
    addEventListener('keydown', () => {
      performance.mark('overlap:key');
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 500);
      const observer = new MutationObserver(() => {
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark('overlap:listed');
          resolve(performance.measure('overlap:keystroke', 'overlap:key', 'overlap:listed').duration);
        }, 0));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  });
}

/** What a picker shows for an entry of the index, as words to type. */
const titleWords = (entry) => (entry.title ?? entry.opening).split(/\s+/).filter(Boolean);

/**
 * Types words of the title of article `index` in the right picker until it is the first
 * option; false if it never is (another article's search text holds the same words).
 */
async function typeTitle(page, entries, index) {
  const box = page.locator('#right-article');
  const words = titleWords(entries[index]);
  for (const k of new Set([3, 5, words.length].map((k) => Math.min(k, words.length)))) {
    await box.fill(words.slice(0, k).join(' '));
    const first = await page.evaluate(async () => {
      await new Promise(requestAnimationFrame);
      return document.querySelector('#right-article-list [role=option]')?.dataset.index;
    });
    if (first === String(index)) return true;
  }
  await box.press('Escape');
  return false;
}

/** Opens article `index` on the right by its title and Enter; returns the time (ms). */
async function openRight(page, entries, index) {
  if (!(await typeTitle(page, entries, index))) return null;
  await page.evaluate(armOpen, TIMEOUT);
  await page.locator('#right-article').press('Enter');
  return page.evaluate(() => window.overlapOpened);
}

/**
 * Opens, on the right, one of the articles from the `at`-th of `total` places spread
 * over the corpus on, leaving out `skip`; returns [index, time].
 */
async function openSpread(page, entries, at, total, skip) {
  const candidates = entries.map((_, i) => i).filter((i) => !skip.includes(i));
  const start = Math.floor(((at + 0.5) * candidates.length) / total);
  for (let k = 0; k < candidates.length; k++) {
    const index = candidates[(start + k) % candidates.length];
    const time = await openRight(page, entries, index);
    if (time !== null) return [index, time];
  }
  throw new Error('no article could be found by its title');
}

/** Words a reader would type: an outlet, a word of a title, the last word of a name. */
function searchWords(entries) {
  const from = (fraction, pick) => {
    for (let k = 0; k < entries.length; k++) {
      const word = pick(entries[(Math.floor(entries.length * fraction) + k) % entries.length]);
      if (word) return word;
    }
    return null;
  };
  const longest = (text) => (text ?? '').split(/[^A-Za-z]+/).reduce((a, b) => (b.length > a.length ? b : a), '');
  return [
    from(0.5, (e) => longest(e.outlet)),
    from(1 / 3, (e) => longest(e.title)),
    from(2 / 3, (e) => e.names?.find((n) => /^[A-Za-z ]+ [A-Za-z]+$/.test(n))?.split(' ').at(-1)),
  ]
    .filter((word) => word && word.length >= 3)
    .map((word) => word.slice(0, 8));
}

/** The page's figures for the dist/ served at `base`. */
async function measurePage(browser, base, entries) {
  const [left, right] = [entries[0].id, entries[1].id];
  const highlighted = (page) => page.locator('.pane[data-side="right"] mark.hl').first().waitFor({ timeout: TIMEOUT });

  // 3. First view.
  const firstView = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await openPage(browser, base, VIEWPORT, ({ page }) => page.addInitScript(markFirstView));
    await page.waitForFunction(() => performance.getEntriesByName('overlap:first-highlighted-panes').length > 0, null, { timeout: TIMEOUT });
    firstView.push(await page.evaluate(() => performance.getEntriesByName('overlap:first-highlighted-panes')[0].startTime));
    await context.close();
  }

  // 4. Opening an article: (a) not loaded yet, (b) loaded, back and forth.
  const fetched = [];
  const loaded = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await openPage(browser, `${base}?left=${left}&right=${right}`, VIEWPORT);
    await highlighted(page);
    const [index, time] = await openSpread(page, entries, i, RUNS, [0, 1]);
    fetched.push(time);
    for (let k = 0; k < 4; k++) {
      const time = await openRight(page, entries, k % 2 === 0 ? 1 : index);
      if (time === null) throw new Error(`article 1 or ${index} could not be found by its title`);
      loaded.push(time);
    }
    await context.close();
  }

  // 6. Memory after four pairs; then 5. search keystrokes on the same page.
  const { page, context } = await openPage(browser, base, VIEWPORT, ({ page }) => page.addInitScript(keepWasmInstance));
  await highlighted(page);
  const opened = [0, 1];
  for (let i = 0; i < 3; i++) opened.push((await openSpread(page, entries, i, 3, opened))[0]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value;
  const memory = {
    heap: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
    wasm: await page.evaluate(() => globalThis.overlapWasmInstance.exports.memory.buffer.byteLength),
  };

  const box = page.locator('#right-article');
  const words = searchWords(entries);
  const keystrokes = [];
  let typed = 0;
  await box.focus();
  for (const word of words) {
    await box.evaluate((b) => b.select());
    for (const ch of word) {
      await page.evaluate(armKeystroke);
      await page.keyboard.press(ch);
      const time = await page.evaluate(() => window.overlapListed);
      typed += 1;
      if (time !== null) keystrokes.push(time);
    }
    await box.press('Escape');
  }
  await context.close();
  return { firstView, fetched, loaded, memory, keystrokes, typed, words };
}

/** The size figures of a dist/ folder whose first view opens articles `ids`. */
function measureDist(dir, ids) {
  const files = filesUnder(dir);
  const bytes = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  const gz = (f) => gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length;
  const firstFiles = [
    ...readdirSync(dir).filter((f) => /\.(html|js|css|wasm)$/.test(f)),
    'corpus/index.json',
    ...ids.map((id) => `corpus/articles/${id}.json`),
  ];
  return { files: files.length, bytes, firstView: firstFiles.reduce((sum, f) => sum + gz(f), 0), index: gz('corpus/index.json') };
}

const work = mkdtempSync(path.join(tmpdir(), 'overlap-scale-'));
const snapshot = path.join(work, 'dist');
// Not trunk's staging folder (dist/.stage) if a build is under way.
cpSync(DIST, snapshot, { recursive: true, filter: (f) => !path.basename(f).startsWith('.') });
const wasm = readdirSync(snapshot).find((f) => f.endsWith('_bg.wasm'));
const browser = await launchBrowser();
const chromium = browser.version();
const columns = [];
try {
  for (const n of SIZES) {
    let dir = snapshot;
    let written = null;
    let build;
    if (n === 5) {
      build = bundle(SEEDS, path.join(work, 'seeds-corpus'));
    } else {
      const corpus = path.join(work, `corpus-${n}`);
      written = generate({ n, dir: corpus, seed: SEED }).stories;
      dir = path.join(work, `dist-${n}`);
      cpSync(snapshot, dir, { recursive: true, filter: (f) => f !== path.join(snapshot, 'corpus') });
      build = bundle(corpus, path.join(dir, 'corpus'));
      rmSync(corpus, { recursive: true });
    }
    log(`${n}: bundled in ${build.toFixed(1)} s`);
    const index = JSON.parse(readFileSync(path.join(dir, 'corpus', 'index.json'), 'utf8'));
    const sizes = measureDist(dir, [index.articles[0].id, index.articles[1].id]);
    const server = await serveDist(dir);
    try {
      const page = await measurePage(browser, server.base, index.articles);
      columns.push({ n, articles: index.articles.length, written, stories: index.stories.length, build, sizes, ...page });
      log(`${n}: page measured (search words: ${page.words.join(', ')})`);
    } finally {
      server.stop();
    }
    if (dir !== snapshot) rmSync(dir, { recursive: true });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${execFileSync('nproc').toString().trim()} CPUs (nproc), ${cpu}; load average ${loadavg()[0].toFixed(2)} at the end; Chromium ${chromium} (headless); Node ${process.version}. RUNS=${RUNS}, seed ${SEED}; page ${wasm}, ${OVERLAP}.\n`);
const rows = [
  ['Articles; stories written → found by the build', (c) => `${count(c.articles)}; ${c.written === null ? 'seeds' : count(c.written)} → ${count(c.stories)}`],
  ['Build: `overlap bundle` (s)', (c) => c.build.toFixed(1)],
  ['dist/: files, bytes', (c) => `${count(c.sizes.files)}, ${size(c.sizes.bytes)}`],
  ['First view download, gzipped (of which corpus/index.json)', (c) => `${size(c.sizes.firstView)} (${size(c.sizes.index)})`],
  ['First view: to highlighted panes (ms)', (c) => ms(c.firstView)],
  ['Opening an article not loaded yet (ms)', (c) => ms(c.fetched)],
  ['Switching between loaded articles (ms)', (c) => ms(c.loaded)],
  ['Search keystroke to painted options (ms)', (c) => `${ms(c.keystrokes)} n=${c.keystrokes.length}/${c.typed}`],
  ['JS heap used after 4 pairs', (c) => size(c.memory.heap)],
  ['Wasm linear memory after 4 pairs', (c) => size(c.memory.wasm)],
  ['DOM nodes after 4 pairs', (c) => count(c.memory.nodes)],
];
console.log(`| N | ${columns.map((c) => (c.n === 5 ? '5 (seeds)' : count(c.n))).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
for (const [label, cell] of rows) console.log(`| ${label} | ${columns.map(cell).join(' | ')} |`);
