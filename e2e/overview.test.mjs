// The corpus overview: a similarity heat map whose cells open a pair, and a timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage, pickerTitles, openPicker } from './harness.mjs';

const app = withApp();
const leftTitle = '.pane[data-side="left"] h2';
const rightTitle = '.pane[data-side="right"] h2';

test('the heat map shows every pair, and a click on a cell opens that pair', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, { viewport: { width: 1280, height: 900 } });
  const overview = page.getByTestId('overview');
  await overview.locator('table').waitFor();
  assert.equal(await overview.getAttribute('open'), '', 'open on a first visit');
  const n = (await pickerTitles(page, 'left')).length;
  assert.equal(await page.locator('[data-testid=heat-map] tbody tr').count(), n, 'a row per article');
  assert.equal(await page.locator('[data-testid=heat-map] button.heat').count(), n * (n - 1), 'a cell per pair');
  assert.equal(await page.locator('[data-testid=heat-map] td.heat-self').count(), n, 'a dash per article with itself');

  // The map is symmetric, and a cell's figure is the one the comparison gives.
  const cell = page.locator('[data-pair="2-4"]');
  const mirror = page.locator('[data-pair="4-2"]');
  assert.equal(await cell.innerText(), await mirror.innerText());
  assert.match(await cell.getAttribute('aria-label'), /^Compare “.+” \(left\) with “.+” \(right\): \d+% similar$/);
  await cell.click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('left') === '002_3efbda6fc0e6d159');
  assert.equal(new URL(page.url()).searchParams.get('right'), '004_8144ab209fc3d631');
  assert.match(await page.locator(rightTitle).innerText(), /Putin's two-faced strategy/);
  assert.equal(await page.getByTestId('similarity').innerText(), await cell.innerText(), 'the cell says what the summary says');
  assert.equal(await cell.getAttribute('aria-pressed'), 'true', 'the open pair is marked');
  assert.equal(await page.locator('[data-testid=heat-map] button.heat[aria-pressed=true]').count(), 1);

  // Different pairs really have different figures (the map is not one number).
  const figures = new Set(await page.locator('[data-testid=heat-map] button.heat').allInnerTexts());
  assert.ok(figures.size >= 3, `varied similarities: ${[...figures]}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the timeline orders the dated articles and shows the undated ones as such', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  const timeline = page.getByTestId('timeline');
  await timeline.waitFor();
  const dates = await timeline.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(dates, ['2016-11-25T15:55-05:00', '2025-01-14', '2025-05-04'], 'in order of publication');
  const shown = await timeline.locator('time').allInnerTexts();
  assert.deepEqual(shown, ['25 November 2016', '14 January 2025', '4 May 2025'], 'shown in words');
  const text = await timeline.innerText();
  assert.match(text, /8 years, 2 months later/);
  assert.match(text, /4 months later/);
  assert.match(text, /or 2025-04-05: the capture's date is ambiguous/);
  const undated = await page.getByTestId('undated').innerText();
  assert.match(undated, /Trump, Putin Agree to Normalize US-Russia Ties/);
  assert.match(undated, /Untitled: “/, 'the capture without a title is named by its opening words');
  assert.equal(await page.getByTestId('undated').locator('li').count(), 2);

  // Its buttons open an article on either side.
  await page.getByRole('button', { name: 'Open “Trump, Putin Agree to Normalize US-Russia Ties” on the right' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === '003_34090d25c52df423');
  assert.match(await page.locator(rightTitle).innerText(), /Normalize US-Russia Ties/);
  assert.match(await page.locator(leftTitle).innerText(), /Kremlin Courts Trump/, 'the other side stays');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a shared link opens on its comparison, with the overview folded', async () => {
  const { page, errors, context } = await openPage(app.browser, `${app.server.base}?left=001_117cd72936ee1a47&right=003_34090d25c52df423`);
  await page.locator(leftTitle).waitFor();
  assert.equal(await page.getByTestId('overview').getAttribute('open'), null);
  await page.getByTestId('overview').locator('summary').click();
  assert.equal(await page.locator('[data-pair="1-3"]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px nothing is cut off: what is wider than the screen scrolls inside its own box', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, { viewport: { width: 360, height: 800 } });
  await page.locator('.pane[data-side="right"] mark.hl').first().waitFor();
  await page.getByTestId('similar-left').locator('summary').click();
  await openPicker(page, 'right');
  const clipped = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5 && !scrollsSideways(el);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  assert.deepEqual(clipped, [], 'elements past the right edge');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'the page does not scroll sideways');
  // The heat map's last column is reachable by scrolling its box.
  const box = page.locator('.heat .table-scroll');
  await box.evaluate((b) => { b.scrollLeft = b.scrollWidth; });
  const last = page.locator('[data-testid=heat-map] thead th').last();
  const [cell, frame] = [await last.boundingBox(), await box.boundingBox()];
  assert.ok(cell.x + cell.width <= frame.x + frame.width + 1, 'the last column scrolls into view');
  assert.deepEqual(errors, []);
  await context.close();
});
