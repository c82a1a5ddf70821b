// Exporting the comparison on screen, as Markdown and as JSON, made in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp, openPage } from './harness.mjs';

const app = withApp();

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('the comparison downloads as Markdown and as JSON', async () => {
  const { page, errors, context } = await openPage(app.browser, `${app.server.base}?left=000_1380918436c1ee0e&right=004_8144ab209fc3d631`);
  await page.waitForSelector('.pane[data-side="left"] mark.hl.shared');
  const similarity = await page.getByTestId('similarity').innerText();

  const md = await download(page, 'Download Markdown');
  assert.equal(md.name, 'overlap-000_1380918436c1ee0e-004_8144ab209fc3d631.md');
  assert.match(md.text, /^# Overlap: Kremlin Courts Trump/);
  assert.ok(md.text.includes(`**Similarity: ${similarity}.**`), 'the same score as on screen');
  assert.match(md.text, /\| Vladimir Putin \| person \| \d+ \| \d+ \|/);
  assert.match(md.text, /## Only on the right/);

  const json = await download(page, 'Download JSON');
  assert.equal(json.name, 'overlap-000_1380918436c1ee0e-004_8144ab209fc3d631.json');
  const data = JSON.parse(json.text);
  assert.equal(data.left, '000_1380918436c1ee0e');
  assert.equal(data.right, '004_8144ab209fc3d631');
  assert.ok(data.shared_entities.some((e) => e.name === 'Vladimir Putin' && e.kind === 'person'));
  assert.ok(Array.isArray(data.left_highlights) && data.left_highlights.length > 0);
  assert.deepEqual(errors, []);
  await context.close();
});
