// Following one item across both texts: jumps between panes, keys, and layer toggles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage } from './harness.mjs';

const app = withApp();

const leftPane = '.pane[data-side="left"]';
const rightPane = '.pane[data-side="right"]';

/** Where focus is: the pane, the item key, and its index among that pane's marks of the key. */
const focusedMark = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const pane = el?.closest('.pane');
    if (!el || el.tagName !== 'MARK' || !pane) return null;
    const key = el.dataset.key;
    const same = [...pane.querySelectorAll('mark.hl.shared')].filter((m) => m.dataset.key === key);
    return { side: pane.dataset.side, key, index: same.indexOf(el), of: same.length };
  });

test('a click or Enter on a shared mention goes to the next mention in the other pane, cycling', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  const putin = page.locator(`${leftPane} mark[data-key="entity:Vladimir Putin"]`).first();
  await putin.click();
  const first = await focusedMark(page);
  assert.deepEqual({ side: first.side, key: first.key, index: first.index }, { side: 'right', key: 'entity:Vladimir Putin', index: 0 });
  assert.ok(first.of > 1, 'the right pane names Putin several times');
  // Enter on the focused right-hand mention goes back to the left pane.
  await page.keyboard.press('Enter');
  const back = await focusedMark(page);
  assert.equal(back.side, 'left');
  assert.equal(back.key, 'entity:Vladimir Putin');
  // A second jump from the left lands on the right pane's next mention.
  await page.keyboard.press('Enter');
  const second = await focusedMark(page);
  assert.deepEqual({ side: second.side, index: second.index }, { side: 'right', index: 1 });
  assert.ok((await page.locator('mark.hl.active[data-key="entity:Vladimir Putin"]').count()) > 0, 'focus lights the item up');
  assert.deepEqual(errors, []);
  await context.close();
});

test('n and p step through the shared items', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  await page.locator('h1').click();
  const order = await page
    .locator(`${leftPane} mark.hl.shared[role="button"]`)
    .evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.key))]);
  assert.ok(order.length > 2);
  await page.keyboard.press('n');
  assert.equal((await focusedMark(page)).key, order[0]);
  await page.keyboard.press('n');
  assert.equal((await focusedMark(page)).key, order[1]);
  await page.keyboard.press('p');
  assert.equal((await focusedMark(page)).key, order[0]);
  await page.waitForFunction((key) => new URL(location.href).searchParams.get('focus') === key, order[0]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the legend switches highlight layers off and on, and the URL keeps them', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector(`${leftPane} mark.hl-term`);
  const background = () =>
    page.locator(`${rightPane} mark.hl-term`).first().evaluate((m) => getComputedStyle(m).backgroundColor);
  const shown = await background();
  await page.locator('.legend input[data-layer="term"]').uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('hide') === 'term');
  assert.equal(await background(), 'rgba(0, 0, 0, 0)', 'terms are no longer painted');
  assert.notEqual(shown, 'rgba(0, 0, 0, 0)');
  await page.reload();
  await page.waitForSelector(`${leftPane} mark.hl-term`);
  assert.equal(await page.locator('.legend input[data-layer="term"]').isChecked(), false);
  assert.equal(await background(), 'rgba(0, 0, 0, 0)', 'still off after a reload');
  await page.locator('.legend input[data-layer="term"]').check();
  assert.notEqual(await background(), 'rgba(0, 0, 0, 0)');
  assert.deepEqual(errors, []);
  await context.close();
});
