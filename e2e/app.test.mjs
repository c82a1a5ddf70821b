// The walking skeleton as a reader sees it: the built app in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, screenshot, pick, pickerTitles } from './harness.mjs';

const app = withApp();

const leftPane = '.pane[data-side="left"]';
const rightPane = '.pane[data-side="right"]';

test('the page loads with both articles and no console errors', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector(`${leftPane} p`);
  // textContent, not innerText: paragraphs out of view are not rendered yet
  // (content-visibility: auto), and innerText leaves them out.
  const left = await page.locator(leftPane).textContent();
  const right = await page.locator(rightPane).textContent();
  assert.ok(left.length > 500, 'the left pane shows its article');
  assert.ok(right.length > 500, 'the right pane shows its article');
  assert.notEqual(left, right);
  // The bundled seeds really are in the page (seed 000 opens on the left).
  assert.match(left, /Kremlin/);
  await screenshot(page, 'compare.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing another article changes the pane', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector(`${rightPane} p`);
  const before = await page.locator(rightPane).textContent();
  const options = (await pickerTitles(page, 'right')).length;
  assert.ok(options >= 5, `all bundled articles are offered (${options})`);
  await pick(page, 'right', { index: options - 1 });
  await page.waitForFunction(
    ([sel, old]) => document.querySelector(sel)?.textContent !== old,
    [rightPane, before],
  );
  const after = await page.locator(rightPane).textContent();
  assert.notEqual(after, before);
  assert.match(after, /Dmitriev/, 'the last seed (NBC on Dmitriev) is shown');
  assert.deepEqual(errors, []);
  await context.close();
});

test('shared entities are highlighted in both panes, with the same keys', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  const keysOf = (pane) =>
    page.locator(`${pane} mark.hl.shared:not(.hl-term)`).evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.key))].sort());
  const left = await keysOf(leftPane);
  const right = await keysOf(rightPane);
  assert.ok(left.length > 3, `several shared entities (${left.length})`);
  assert.deepEqual(left, right, 'each shared entity and passage is marked in both panes');
  assert.ok(left.includes('entity:Vladimir Putin'), 'Putin is shared by the first two seeds');
  assert.ok(left.includes('entity:Russia'), 'Russia (and Russian) is shared');
  // Titles are stripped and surnames resolved: "Putin" alone is marked as Vladimir Putin.
  const putinSurfaces = await page
    .locator(`${leftPane} mark[data-key="entity:Vladimir Putin"]`)
    .evaluateAll((ms) => [...new Set(ms.map((m) => m.textContent))]);
  assert.ok(putinSurfaces.includes('Putin') && putinSurfaces.includes('Vladimir Putin'), putinSurfaces.join(', '));
  assert.ok((await page.locator(`${leftPane} mark.hl-term.shared`).count()) > 0, 'shared terms are marked');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the summary explains the similarity and lights up what a reader picks', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  const similarity = await page.getByTestId('similarity').innerText();
  assert.match(similarity, /^\d{1,3}%$/);
  const explanation = await page.locator('.explanation li').count();
  assert.ok(explanation > 0, 'the score names the shared items behind it');
  const putin = page.locator('.shared-entities button.item[data-key="entity:Vladimir Putin"]');
  await putin.click();
  assert.equal(await putin.getAttribute('aria-pressed'), 'true');
  const lit = await page.locator('mark.hl.active[data-key="entity:Vladimir Putin"]').count();
  const all = await page.locator('mark.hl[data-key="entity:Vladimir Putin"]').count();
  assert.ok(lit > 0 && lit === all, `every occurrence lights up (${lit} of ${all})`);
  // Hovering an occurrence in one pane lights up its counterparts in the other.
  await putin.click();
  const russia = page.locator(`${leftPane} mark[data-key="entity:Russia"]`).first();
  await russia.scrollIntoViewIfNeeded();
  await russia.hover();
  assert.ok((await page.locator(`${rightPane} mark.hl.active[data-key="entity:Russia"]`).count()) > 0);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('.legend').scrollIntoViewIfNeeded();
  await russia.hover();
  await screenshot(page, 'reading.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('removed page chrome is collapsed but viewable, and metadata is shown', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  const chrome = page.locator(`${leftPane} details.chrome`);
  const summary = await chrome.locator('summary').innerText();
  assert.match(summary, /^page chrome removed: \d+ lines?$/);
  assert.equal(await chrome.getAttribute('open'), null, 'collapsed at first');
  await chrome.locator('summary').click();
  assert.match(await chrome.innerText(), /Original url:/, 'the removed lines are there to check');
  const body = await page.locator(`${leftPane} .body`).textContent();
  assert.doesNotMatch(body, /Original url:|Related article:/, 'chrome is not in the body');
  assert.match(body, /these comments have created\./, 'a paragraph broken mid-sentence is joined');
  const meta = await page.locator(`${leftPane} .meta`).innerText();
  assert.match(meta, /14 January 2025/, 'the date in words');
  assert.equal(await page.locator(`${leftPane} .meta time`).getAttribute('datetime'), '2025-01-14', 'and ISO for machines');
  assert.match(meta, /The Moscow Times/, 'the outlet by its name, not its host');
  // The NBC capture's date is ambiguous (05-04-2025) and says so.
  await pick(page, 'right', { index: 4 });
  await page.waitForSelector(`${rightPane} .ambiguous`);
  assert.match(await page.locator(`${rightPane} .ambiguous`).innerText(), /05-04-2025/);
  assert.deepEqual(errors, []);
  await context.close();
});
