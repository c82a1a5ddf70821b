// The state of a comparison lives in the URL: shareable, kept on reload, checked, and
// working when the app is hosted under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withApp, serveDist, openPage, DIST, pick } from './harness.mjs';

const app = withApp();
let subpathServer;
let subpathRoot;

before(async () => {
  // A host that serves the app under /overlap/.
  subpathRoot = mkdtempSync(path.join(tmpdir(), 'overlap-subpath-'));
  symlinkSync(DIST, path.join(subpathRoot, 'overlap'));
  subpathServer = await serveDist(subpathRoot);
});

after(() => {
  subpathServer?.stop();
  if (subpathRoot) rmSync(subpathRoot, { recursive: true, force: true });
});

const leftTitle = () => '.pane[data-side="left"] h2';
const rightTitle = () => '.pane[data-side="right"] h2';

test('choosing and swapping articles is written to the URL and survives a reload', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector(leftTitle());
  await pick(page, 'right', { index: 3 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === '003_34090d25c52df423');
  const left = await page.locator(leftTitle()).innerText();
  const right = await page.locator(rightTitle()).innerText();
  await page.getByRole('button', { name: 'Swap left and right articles' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('left') === '003_34090d25c52df423');
  assert.equal(await page.locator(leftTitle()).innerText(), right);
  assert.equal(await page.locator(rightTitle()).innerText(), left);
  await page.locator('.shared-entities button.item[data-key="entity:Vladimir Putin"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('focus') === 'entity:Vladimir Putin');
  await page.reload();
  await page.waitForSelector(leftTitle());
  assert.equal(await page.locator(leftTitle()).innerText(), right, 'the pair is kept on reload');
  assert.ok((await page.locator('mark.hl.active[data-key="entity:Vladimir Putin"]').count()) > 0, 'so is the focus');
  assert.equal(await page.getByTestId('notice').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link naming an unknown article or item falls back with a visible notice', async () => {
  const { page, errors, context } = await openPage(app.browser, `${app.server.base}?left=not-an-article&right=004_8144ab209fc3d631&focus=entity:Nobody`);
  await page.waitForSelector(leftTitle());
  const notice = await page.getByTestId('notice').innerText();
  assert.match(notice, /not-an-article/);
  assert.match(notice, /Nobody/);
  assert.match(await page.locator(rightTitle()).innerText(), /Putin's two-faced strategy/);
  assert.match(await page.locator(leftTitle()).innerText(), /Kremlin Courts Trump/, 'the default left article');
  assert.equal(await page.locator('mark.hl.active').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the built app works under a sub-path', async () => {
  const { page, errors, context } = await openPage(app.browser, `${subpathServer.base}overlap/?left=002_3efbda6fc0e6d159&right=004_8144ab209fc3d631`);
  await page.waitForSelector('.pane[data-side="left"] mark.hl.shared');
  assert.match(await page.locator(rightTitle()).innerText(), /Putin's two-faced strategy/);
  assert.match(new URL(page.url()).pathname, /^\/overlap\/$/);
  assert.deepEqual(errors, []);
  await context.close();
});
