// Shared set-up for the end-to-end tests: a plain static server over dist/ on loopback,
// headless Chromium from Debian, and a page that records console errors.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

/** Refreshes one of the README's screenshots, only when asked (OVERLAP_SCREENSHOTS=1
 * scripts/test.sh): an ordinary test run leaves the work tree as it was. */
export async function screenshot(page, name) {
  if (process.env.OVERLAP_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** A tiny static server in Node, for responses that need headers of their own. */
async function serveWithHeaders(directory, headers) {
  const root = path.resolve(directory);
  const server = createHttpServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const file = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type, ...headers }).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}/`;
  return { base, stop: () => server.close() };
}

/**
 * Serves a folder (dist/ by default) with Python's plain static server; returns its base URL
 * and a stop function. With `headers`, a small Node server adds them to every response.
 */
export async function serveDist(directory = DIST, { headers } = {}) {
  if (headers) return serveWithHeaders(directory, headers);
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', directory], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(base);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { base, stop: () => server.kill() };
}

/**
 * Writes into `site` a copy of `dist` (dist/ by default) whose corpus is the articles of
 * `seeds`, bundled by the build's own command (`overlap bundle`, as the trunk hook runs
 * it): the wasm unchanged, another corpus. Returns the parsed corpus/index.json.
 */
export function bundledSite(seeds, site, dist = DIST) {
  const overlap = path.join(ROOT, 'target', 'release', 'overlap');
  if (!existsSync(overlap)) throw new Error(`${overlap} is built by \`trunk build --release\` (its hook)`);
  // Not dist/'s corpus, nor trunk's staging folder (dist/.stage) if a build is under way.
  const corpus = path.join(dist, 'corpus');
  const copied = (p) => p !== corpus && !p.startsWith(corpus + path.sep) && !path.basename(p).startsWith('.');
  cpSync(dist, site, { recursive: true, filter: copied });
  execFileSync(overlap, ['bundle', seeds, path.join(site, 'corpus')], { stdio: 'pipe' });
  return JSON.parse(readFileSync(path.join(site, 'corpus', 'index.json'), 'utf8'));
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * Opens a page that records console errors and uncaught exceptions in `errors`.
 * `prepare({ page, context })`, if given, runs before the page loads (listeners, init scripts).
 */
export async function openPage(browser, url, options = {}, prepare = null) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await prepare?.({ page, context });
  await page.goto(url);
  return { page, errors, context };
}

/**
 * Registers the usual set-up for a test file: dist/ served on loopback and one browser.
 * Returns an object whose `server` and `browser` are set once the tests run.
 */
export function withApp() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serveDist();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/** Opens a picker's list with an empty search (every article, up to the first 50). */
export async function openPicker(page, side) {
  const box = page.locator(`#${side}-article`);
  await box.click();
  await box.fill('');
  await page.locator(`#${side}-article-list`).waitFor();
  return page.locator(`#${side}-article-list [role=option]`);
}

/** The titles a picker offers with an empty search. */
export async function pickerTitles(page, side) {
  const options = await openPicker(page, side);
  const titles = await options.locator('.combo-title').allInnerTexts();
  await page.locator(`#${side}-article`).press('Escape');
  return titles;
}

/**
 * Chooses an article in a picker, as a reader does: by typing words of it (`search`)
 * and taking the first match, or by opening the list and clicking the article at
 * `index` in the corpus.
 */
export async function pick(page, side, { index, search }) {
  const box = page.locator(`#${side}-article`);
  if (search !== undefined) {
    await box.focus();
    await box.fill(search);
    await page.locator(`#${side}-article-list [role=option]`).first().waitFor();
    await box.press('Enter');
    return;
  }
  const options = await openPicker(page, side);
  await options.and(page.locator(`[data-index="${index}"]`)).click();
}
