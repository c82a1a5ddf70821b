// Calm panes, themes a reader can name, and the lexicon the page fetches beside its wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp, openPage } from './harness.mjs';

const app = withApp();
const panes = '.pane[data-side]';

/** Marks that look like marks (not the calm ones drawn as plain text), and words, in the panes. */
function density(page) {
  return page.evaluate((sel) => {
    const marks = [...document.querySelectorAll(`${sel} mark.hl`)].filter((m) => {
      const style = getComputedStyle(m);
      return style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.outlineStyle !== 'none' || style.textDecorationLine !== 'none';
    });
    // A mark inside another (a term in a passage) is one place the eye stops.
    const outer = marks.filter((m) => !marks.some((o) => o !== m && o.contains(m)));
    const words = [...document.querySelectorAll(`${sel} p`)]
      .map((p) => p.textContent.split(/\s+/).filter(Boolean).length)
      .reduce((a, b) => a + b, 0);
    return { marks: outer.length, words };
  }, panes);
}

test('by default the panes mark at most one word in ten; "Every mark" shows the rest', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('.pane[data-side="left"] mark.hl.shared');
  const calm = await density(page);
  assert.ok(calm.words > 500, `the panes hold the articles (${calm.words} words)`);
  assert.ok(calm.marks > 10, `shared names and themes are marked (${calm.marks})`);
  assert.ok(calm.marks * 10 <= calm.words, `${calm.marks} marks in ${calm.words} words`);
  // Names one article alone has are there, drawn as plain text until asked for.
  const solo = page.locator('.pane mark.hl.solo.extra').first();
  assert.equal(await solo.evaluate((m) => getComputedStyle(m).backgroundColor), 'rgba(0, 0, 0, 0)');
  await page.getByTestId('every-mark').check();
  const every = await density(page);
  assert.ok(every.marks > calm.marks, `every mark shows more (${every.marks} > ${calm.marks})`);
  assert.notEqual(await solo.evaluate((m) => getComputedStyle(m).textDecorationLine), 'none');
  await page.getByTestId('every-mark').uncheck();
  assert.equal((await density(page)).marks, calm.marks);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each theme is labelled by a phrase of the two texts', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.waitForSelector('.summary .themes li');
  const labels = await page
    .locator('.summary .themes li button.item')
    .evaluateAll((bs) => bs.map((b) => ({ label: b.textContent.trim(), key: b.dataset.key })));
  assert.ok(labels.length >= 2, `themes are shown (${labels.map((l) => l.label).join(' | ')})`);
  const texts = (await page.locator(panes).allTextContents()).join(' ').toLowerCase();
  for (const { label, key } of labels) {
    assert.ok(!label.includes('·'), `a label is one phrase, not words glued together: ${label}`);
    // A term's label is written in the texts; an entity's is its name ("United States"
    // for "U.S."), which its marks in the panes carry.
    if (key.startsWith('term:')) {
      assert.ok(texts.includes(label.toLowerCase()), `"${label}" is written in the texts`);
    } else {
      assert.ok(await page.locator(`${panes} mark[data-key="${key}"]`).count() > 0, `"${label}" is marked in the panes`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the lexicon is fetched only for a reader\'s own article; without it the article is still added, and the page says so', async () => {
  const lexicon = await fetch(`${app.server.base}lexicon.txt`).then((r) => r.text());
  assert.match(lexicon, /^\[places\]/, 'dist/lexicon.txt is the lexicon');
  assert.match(lexicon, /\[entities\/people\.tsv\]/, 'with the analysis word lists');
  const requested = [];
  const { page, context } = await openPage(app.browser, app.server.base, {}, ({ page }) => {
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    return page.route('**/lexicon.txt', (route) => route.abort());
  });
  await page.waitForSelector('.pane[data-side="right"] mark.hl');
  assert.ok(!requested.some((p) => p.endsWith('lexicon.txt')), 'the bundled articles need no lexicon: they were analysed by the build');
  await page.getByTestId('add-article').click();
  await page.locator('#add-text').fill('Kremlin answers\n\nVladimir Putin said in Moscow that the talks with Donald Trump would go on.');
  await page.getByRole('button', { name: 'Add and compare' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  const notice = page.getByTestId('notice');
  assert.match(await notice.textContent(), /Added “Kremlin answers”/);
  assert.match(await notice.textContent(), /lexicon \(lexicon\.txt\) could not be loaded/);
  assert.ok(requested.some((p) => p.endsWith('lexicon.txt')), 'asked for once the reader adds an article');
  assert.ok(await page.locator('.pane[data-side="right"] mark.hl.shared[data-key="entity:Vladimir Putin"]').count() > 0, 'still analysed and compared');
  await context.close();
});
