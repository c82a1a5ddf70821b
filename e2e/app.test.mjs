// The walking skeleton as a reader sees it: the built app in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serveDist, launchBrowser, openPage, SCREENSHOTS } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const leftPane = '.pane[data-side="left"]';
const rightPane = '.pane[data-side="right"]';

test('the page loads with both articles and no console errors', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector(`${leftPane} p`);
  const left = await page.locator(leftPane).innerText();
  const right = await page.locator(rightPane).innerText();
  assert.ok(left.length > 500, 'the left pane shows its article');
  assert.ok(right.length > 500, 'the right pane shows its article');
  assert.notEqual(left, right);
  // The bundled seeds really are in the page (seed 000 opens on the left).
  assert.match(left, /Kremlin/);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'compare.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing another article changes the pane', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.waitForSelector(`${rightPane} p`);
  const before = await page.locator(rightPane).innerText();
  const picker = page.getByLabel('Right article', { exact: true });
  const options = await picker.locator('option').count();
  assert.ok(options >= 5, `all bundled articles are offered (${options})`);
  await picker.selectOption({ index: options - 1 });
  await page.waitForFunction(
    ([sel, old]) => document.querySelector(sel)?.innerText !== old,
    [rightPane, before],
  );
  const after = await page.locator(rightPane).innerText();
  assert.notEqual(after, before);
  assert.match(after, /Dmitriev/, 'the last seed (NBC on Dmitriev) is shown');
  assert.deepEqual(errors, []);
  await context.close();
});

test('shared words are highlighted in both panes, with the same keys', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.waitForSelector(`${leftPane} mark.shared`);
  const leftKeys = new Set(await page.locator(`${leftPane} mark.shared`).evaluateAll((ms) => ms.map((m) => m.dataset.key)));
  const rightKeys = new Set(await page.locator(`${rightPane} mark.shared`).evaluateAll((ms) => ms.map((m) => m.dataset.key)));
  assert.ok(leftKeys.size > 0 && rightKeys.size > 0, 'highlights in both panes');
  assert.deepEqual([...leftKeys].sort(), [...rightKeys].sort(), 'each highlighted item occurs in both panes');
  assert.ok(leftKeys.has('putin'), 'Putin is shared by the first two seeds');
  assert.deepEqual(errors, []);
  await context.close();
});
