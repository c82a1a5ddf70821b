// The page over a newsroom-sized corpus: 1,000 generated articles (e2e/bench/generate.mjs)
// bundled by the build's own command into a copy of dist/, the wasm unchanged. Search,
// stories, neighbours, opening a pair, and the faults: article files missing, truncated
// or corrupt, and a damaged index.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundledSite, serveDist, launchBrowser, openPage, pick } from './harness.mjs';
import { generate } from './bench/generate.mjs';

const N = 1000;
let work, site, server, browser, index, truth;
const leftPane = '.pane[data-side="left"]';
const rightPane = '.pane[data-side="right"]';

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'overlap-scale-'));
  const seeds = path.join(work, 'seeds');
  truth = generate({ n: N, dir: seeds, seed: 12 }).storyOf;
  site = path.join(work, 'dist');
  index = bundledSite(seeds, site);
  // A fault of each kind, in three articles the tests open: one file gone, one cut
  // short, one that is not JSON.
  unlinkSync(articleFile(500));
  const cut = readFileSync(articleFile(501), 'utf8');
  execFileSync('truncate', ['-s', String(Math.floor(cut.length / 2)), articleFile(501)]);
  execFileSync('sh', ['-c', `printf 'not json at all' > "${articleFile(502)}"`]);
  server = await serveDist(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function articleFile(i) {
  return path.join(site, 'corpus', 'articles', `${index.articles[i].id}.json`);
}

const title = (i) => index.articles[i].title;
const urlSide = (page, side) => new URL(page.url()).searchParams.get(side);

test('a 1,000-article corpus opens on its stories, with the first pair compared', async () => {
  const requests = [];
  const { page, errors, context } = await openPage(browser, server.base, { viewport: { width: 1280, height: 900 } }, ({ page }) => {
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  });
  await page.locator(`${rightPane} mark.hl`).first().waitFor();
  assert.equal(await page.locator(`${leftPane} h2`).innerText(), title(0));
  const heading = await page.getByTestId('overview').locator('summary').innerText();
  assert.equal(heading, `All ${N} articles in ${index.stories.length} stories`);
  assert.equal(await page.locator('[data-testid=stories] button[data-story]').count(), index.stories.length);
  // Only the two open articles were fetched, not the corpus.
  const fetched = requests.filter((p) => p.includes('/corpus/articles/'));
  assert.equal(fetched.length, 2, fetched.join(', '));
  // The stories the build found are the generator's, nearly pair for pair.
  let together = 0, right = 0;
  for (let i = 0; i < N; i += 7) {
    for (let j = i + 1; j < N; j += 5) {
      if (index.articles[i].story === index.articles[j].story) {
        together++;
        if (truth[i] === truth[j]) right++;
      }
    }
  }
  assert.ok(right / together > 0.95, `pairs put in one story that are one story: ${right}/${together}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the pickers search titles, outlets, dates and names, from the keyboard', async () => {
  const { page, errors, context } = await openPage(browser, server.base);
  await page.locator(`${rightPane} mark.hl`).first().waitFor();
  const box = page.locator('#right-article');
  assert.equal(await box.getAttribute('role'), 'combobox');

  // By outlet: every match names it.
  const outlet = index.articles[10].outlet;
  await box.click();
  await box.fill(outlet);
  const options = page.locator('#right-article-list [role=option]');
  await options.first().waitFor();
  const shown = await options.allInnerTexts();
  assert.ok(shown.length > 1 && shown.every((t) => t.includes(outlet)), `${outlet}: ${shown.length} matches`);
  assert.match(await page.locator('.combo [role=status]').last().innerText(), /\d+ articles? match/);

  // Arrow keys move through the matches, Enter opens the one chosen.
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  assert.equal(active, 'right-article-option-1');
  const chosen = Number(await page.locator(`#${active}`).getAttribute('data-index'));
  await box.press('Enter');
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('right') === id, index.articles[chosen].id);
  await page.locator(`${rightPane} mark.hl`).first().waitFor();
  assert.equal(await page.locator(`${rightPane} h2`).innerText(), title(chosen));
  assert.equal(await box.getAttribute('aria-expanded'), 'false');

  // By a name the article mentions, with words of its title; and by date.
  const target = 321;
  const words = `${index.articles[target].names[0]} ${title(target).split(' ').slice(0, 3).join(' ')}`;
  await pick(page, 'left', { search: words });
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('left') === id, index.articles[target].id);
  await box.click();
  await box.fill(index.articles[target].date.slice(0, 10));
  await options.first().waitFor();
  const byDate = await options.evaluateAll((os) => os.map((o) => Number(o.dataset.index)));
  assert.ok(byDate.includes(target) && byDate.every((i) => index.articles[i].date.startsWith(index.articles[target].date.slice(0, 10))));
  await box.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');

  // Nothing matches: said so.
  await box.fill('zzzz qqqq');
  assert.match(await page.locator('#right-article-list').innerText(), /No article matches/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a story opens its heat map of at most 20 articles and its most similar pair', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { viewport: { width: 1280, height: 900 } });
  await page.locator(`${rightPane} mark.hl`).first().waitFor();
  const big = index.stories.findIndex((s) => s.articles.length > 20);
  const small = index.stories.findIndex((s) => s.articles.length >= 3 && s.articles.length <= 20);
  assert.ok(big >= 0 && small >= 0, 'the corpus has stories of both sizes');
  for (const k of [small, big]) {
    const story = index.stories[k];
    await page.locator(`[data-testid=stories] button[data-story="${k}"]`).click();
    await page.getByTestId('story-title').filter({ hasText: story.title }).waitFor();
    const rows = await page.locator('[data-testid=heat-map] tbody tr').count();
    assert.equal(rows, Math.min(20, story.articles.length), `story ${k}: one row an article, at most 20`);
    assert.equal(await page.locator('[data-testid=timeline] li.dated').count(), story.articles.length, 'its timeline lists them all');
    await page.getByTestId('story-pair').click();
    const [a, b] = story.pair;
    await page.waitForFunction(([l, r]) => {
      const q = new URL(location.href).searchParams;
      return q.get('left') === l && q.get('right') === r;
    }, [index.articles[a].id, index.articles[b].id]);
    await page.locator(`${rightPane} mark.hl`).first().waitFor();
    assert.ok(story.articles.includes(a) && story.articles.includes(b));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Similar articles" lists the build\'s neighbours and opens one beside the article', async () => {
  const { page, errors, context } = await openPage(browser, `${server.base}?left=${index.articles[42].id}&right=${index.articles[900].id}`);
  await page.locator(`${rightPane} mark.hl`).first().waitFor();
  const similar = page.getByTestId('similar-left');
  await similar.locator('summary').click();
  const listed = await similar.locator('button.similar-item').evaluateAll((bs) => bs.map((b) => Number(b.dataset.index)));
  assert.deepEqual(listed, index.articles[42].similar.map(([j]) => j));
  const first = listed[0];
  assert.equal(truth[first], truth[42], 'the most similar article is of the same story');
  await similar.locator('button.similar-item').first().click();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('right') === id, index.articles[first].id);
  await page.locator(`${rightPane} mark.hl`).first().waitFor();
  assert.equal(await page.locator(`${rightPane} h2`).innerText(), title(first));
  assert.match(await page.getByTestId('similarity').innerText(), new RegExp(`^${index.articles[42].similar[0][1]}%`));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an article whose file is missing, cut short or corrupt is named; the rest keeps working', async () => {
  for (const [broken, reason] of [[500, /could not be loaded: the server answered 404/], [501, /is damaged/], [502, /is damaged/]]) {
    const { page, context } = await openPage(browser, `${server.base}?left=${index.articles[3].id}&right=${index.articles[broken].id}`);
    const missing = page.getByTestId('missing-right');
    await missing.waitFor();
    const said = await missing.innerText();
    assert.ok(said.includes(title(broken)), `the message names the article: ${said}`);
    assert.ok(said.includes(`corpus/articles/${index.articles[broken].id}.json`), `and its file: ${said}`);
    assert.match(said, reason);
    // The other side shows its article, and another choice works.
    assert.equal(await page.locator(`${leftPane} h2`).innerText(), title(3));
    await pick(page, 'right', { search: title(4) });
    await page.locator(`${rightPane} mark.hl`).first().waitFor();
    assert.equal(await page.locator(`${rightPane} h2`).innerText(), title(4));
    await context.close();
  }
});

test('a damaged index is named, and nothing else is claimed', async () => {
  const { page, context } = await openPage(browser, server.base, {}, ({ page }) =>
    page.route('**/corpus/index.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"format": 1, "articles": [{"id": ' })),
  );
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /index \(corpus\/index\.json\) could not be loaded|index \(corpus\/index\.json\) is damaged/);
  await context.close();
});
