// Text captures of saved web pages: for every page, what a reader gets with "select all,
// copy" in a browser, to measure the text path of the article extractor on the same pages
// as its HTML path. Not a test; scripts/bench-extraction.sh runs it.
//
//   node e2e/bench/text-captures.mjs IN_DIR OUT_DIR
//
// IN_DIR holds pages as NAME.html, NAME.htm or NAME.html.gz; OUT_DIR/NAME.txt receives
// `document.body.innerText` of each. A page whose NAME.txt already exists is skipped, so
// OUT_DIR is a cache (delete it after changing this script). Several IN_DIRs may share one
// OUT_DIR: the first one to write a NAME wins.
//
// Each page loads in headless Chromium (CHROMIUM, default /usr/bin/chromium) with
// JavaScript disabled and no network: the page is served from memory at a made-up
// address and every other request (stylesheets, images, frames, fonts) is aborted, so
// only inline styles apply and nothing is fetched. The bytes are decoded here and served
// as UTF-8: strict UTF-8 when they are valid UTF-8 (the pages of the scrapinghub benchmark
// were re-saved as UTF-8, whatever their <meta charset> still says), else the charset
// the page declares (BOM, <meta charset>, <meta http-equiv>), else windows-1252. Meta
// refreshes are removed, so that the text is the page's own; <html> and <body> are made
// visible, as the anti-flicker scripts that hide them would do, and if the text is still
// blank, every element is (a wrapper hidden until a script shows it). <noscript> content
// shows, as in any browser with JavaScript off. Exit status 1 if a page failed (its
// NAME.txt is then missing; the others are written).
import { launchBrowser } from '../harness.mjs';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node e2e/bench/text-captures.mjs IN_DIR OUT_DIR');
  process.exit(2);
}
const PAGE_TIMEOUT_MS = 30_000;
const ORIGIN = 'http://capture.invalid';

const PAGE_RE = /^(.*)\.(html?|html\.gz)$/i;
const pages = readdirSync(inDir)
  .map((file) => ({ file, m: PAGE_RE.exec(file) }))
  .filter(({ m }) => m)
  .map(({ file, m }) => ({ file, name: m[1] }))
  .sort((a, b) => a.name.localeCompare(b.name));
mkdirSync(outDir, { recursive: true });
const todo = pages.filter(({ name }) => !existsSync(path.join(outDir, `${name}.txt`)));
console.log(`text-captures: ${pages.length} pages in ${inDir}, ${pages.length - todo.length} cached, ${todo.length} to make`);
if (todo.length === 0) process.exit(0);

/** The charset a page declares in its first bytes, lower-cased, or null. */
function declaredCharset(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 8192).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1].toLowerCase();
  }
  return null;
}

/** The page as a string, and the charset it was decoded with. */
function decode(bytes) {
  const declared = declaredCharset(bytes);
  if (declared?.startsWith('utf-16')) {
    try {
      return { html: new TextDecoder(declared).decode(bytes), charset: declared };
    } catch { /* fall through */ }
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch { /* not UTF-8 */ }
  for (const label of [declared, 'windows-1252']) {
    if (!label || label === 'utf-8' || label === 'utf8') continue;
    try {
      return { html: new TextDecoder(label).decode(bytes), charset: label };
    } catch { /* unknown label */ }
  }
  return { html: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8 (lossy)' };
}

const browser = await launchBrowser();
const context = await browser.newContext({
  javaScriptEnabled: false,
  serviceWorkers: 'block',
  viewport: { width: 1280, height: 900 },
});

// One tab for all pages: every page is on the same made-up site, so Chromium reuses one
// renderer process instead of starting one per page.
let current = null;
let page = null;
async function openTab() {
  page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  // Only the page itself is answered, and only for its first load: a meta refresh or any
  // other navigation is aborted like every subresource.
  await page.route('**/*', (route) => {
    const request = route.request();
    if (current && !current.served && request.url() === current.url && request.isNavigationRequest()) {
      current.served = true;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html });
    }
    return route.abort('blockedbyclient');
  });
}

const started = performance.now();
const failed = [];
const shownAll = [];
let made = 0;
const nonUtf8 = {};
for (const [i, { file, name }] of todo.entries()) {
  try {
    let bytes = readFileSync(path.join(inDir, file));
    if (/\.gz$/i.test(file)) bytes = gunzipSync(bytes);
    const decoded = decode(bytes);
    const charset = decoded.charset;
    // No <meta http-equiv=refresh>: with JavaScript off, many pages send the reader to a
    // "please enable JavaScript" page or a mobile site; the capture is of the page itself.
    const html = decoded.html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?\s*refresh[^>]*>/gi, '');
    if (charset !== 'utf-8') nonUtf8[charset] = (nonUtf8[charset] ?? 0) + 1;
    // A counter in the address: a page never reloads from the one before.
    current = { url: `${ORIGIN}/${i}/${encodeURIComponent(name)}.html`, html, served: false };
    if (!page) await openTab();
    await page.goto(current.url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
    const { text, revealed } = await page.evaluate(() => {
      // Anti-flicker snippets hide the page until a script shows it (chartbeat's
      // `body { visibility: hidden !important }`, `html { visibility: hidden }`): a
      // reader's browser runs that script, so the root is shown here (an inline
      // !important beats the page's own). Elements hidden on their own stay hidden.
      for (const el of [document.documentElement, document.body]) el?.style.setProperty('visibility', 'visible', 'important');
      const body = document.body;
      if (!body) return { text: '', revealed: false };
      if (body.innerText.trim() || !body.textContent.trim()) return { text: body.innerText, revealed: false };
      // Still blank: a hidden wrapper waits for a script; show everything.
      const style = document.createElement('style');
      style.textContent = '* { visibility: visible !important; }';
      document.documentElement.append(style);
      return { text: body.innerText, revealed: true };
    });
    if (revealed) shownAll.push(name);
    const out = path.join(outDir, `${name}.txt`);
    writeFileSync(`${out}.part`, text);
    renameSync(`${out}.part`, out);
    made += 1;
  } catch (err) {
    failed.push(name);
    console.error(`text-captures: ${file}: ${String(err).split('\n')[0]}`);
    // A fresh tab after a failure, in case the old one is stuck.
    await page?.close().catch(() => {});
    page = null;
  }
  if ((i + 1) % 50 === 0) console.log(`text-captures: ${i + 1}/${todo.length}`);
}
await browser.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const decoded = Object.entries(nonUtf8).map(([k, v]) => `${v} as ${k}`).join(', ');
const shown = shownAll.length ? `; ${shownAll.length} blank until everything was made visible: ${shownAll.join(' ')}` : '';
console.log(`text-captures: made ${made} in ${seconds} s${decoded ? ` (decoded ${decoded})` : ''}${shown}${failed.length ? `; ${failed.length} failed: ${failed.join(' ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
