// Accessibility (axe-core on the main views) and a phone-sized screen (360 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { withApp, openPage, screenshot } from './harness.mjs';

const app = withApp();

/** axe's violations, as readable lines (rule, impact, the first offending elements). */
async function violations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations on the overview, the comparison and the paste dialog (${scheme})`, async () => {
    const { page, errors, context } = await openPage(app.browser, app.server.base, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    await page.locator('[data-testid=heat-map]').waitFor();
    await page.locator('.pane mark.hl').first().waitFor();
    assert.deepEqual(await violations(page), [], 'overview and comparison, as first shown');

    // The comparison with an item lit up and a layer switched off.
    await page.locator('.shared-entities button.item').first().click();
    await page.locator('.legend input').first().uncheck();
    assert.deepEqual(await violations(page), [], 'comparison with a focus and a hidden layer');

    await page.getByTestId('add-article').click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(await violations(page), [], 'paste dialog');
    await page.getByRole('button', { name: 'Add and compare' }).click();
    await page.getByTestId('add-error').waitFor();
    assert.deepEqual(await violations(page), [], 'paste dialog showing an error');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('at 360 px wide the panes stack, nothing overflows the page, and every part works', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, {
    viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const left = page.locator('.pane[data-side="left"]');
  const right = page.locator('.pane[data-side="right"]');
  await right.locator('mark.hl').first().waitFor();
  const [l, r] = [await left.boundingBox(), await right.boundingBox()];
  assert.ok(r.y >= l.y + l.height, `stacked: left ends at ${l.y + l.height}, right starts at ${r.y}`);
  assert.ok(l.width <= 360 && r.width <= 360, `panes fit: ${l.width}, ${r.width}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling of the page');
  await screenshot(page, 'phone.png');

  // The heat map scrolls inside its own box; its cells still open pairs.
  await page.locator('[data-pair="1-3"]').tap();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === '003_34090d25c52df423');
  // A tap on a shared mention jumps to the other pane.
  const mark = left.locator('mark.hl.shared').first();
  const key = await mark.getAttribute('data-key');
  await mark.tap();
  const focused = await page.evaluate(() => ({ key: document.activeElement?.dataset.key, side: document.activeElement?.closest('.pane')?.dataset.side }));
  assert.deepEqual(focused, { key, side: 'right' });
  // The dialog fits the screen.
  await page.getByTestId('add-article').tap();
  const dialog = await page.getByRole('dialog').boundingBox();
  assert.ok(dialog.x >= 0 && dialog.x + dialog.width <= 360, `dialog within the screen: ${JSON.stringify(dialog)}`);
  assert.deepEqual(errors, []);
  await context.close();
});
