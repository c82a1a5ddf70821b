// Several articles at once, in Chromium: the coverage matrix, omissions and single-outs,
// shared text with the first by date, quotations with their speakers, the pair view
// opened from a row, a cell, a passage; the keyboard, the downloads, 360 px and axe.
// The corpus is our own story (core/tests/coverage/harbour-strike: one wire paragraph
// and one quotation in three of five articles), bundled by the build's own command into
// a copy of dist/, the wasm unchanged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT, bundledSite, serveDist, launchBrowser, openPage, pick, screenshot } from './harness.mjs';

const STORY = path.join(ROOT, 'core', 'tests', 'coverage', 'harbour-strike');
const truth = JSON.parse(readFileSync(path.join(STORY, 'truth.json'), 'utf8'));
const LETTERS = ['a', 'b', 'c', 'd', 'e'];
let work, server, browser, index;

before(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'overlap-coverage-'));
  const site = path.join(work, 'dist');
  index = bundledSite(STORY, site);
  server = await serveDist(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const urlParam = (page, name) => new URL(page.url()).searchParams.get(name);
const matrix = '[data-testid=coverage-matrix]';

/** Opens the five articles at once, from a link that names them. */
async function openStory(options = {}) {
  const url = `${server.base}?left=a&right=b&set=${LETTERS.join(',')}`;
  const opened = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.locator(`${matrix} tbody tr`).first().waitFor();
  return opened;
}

test('a story of the overview opens its articles at once, in order of date', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { viewport: { width: 1280, height: 900 } });
  const story = await page.getByTestId('story-title').innerText();
  const members = index.stories.find((s) => s.title === story).articles;
  await page.getByTestId('story-coverage').click();
  await page.locator(`${matrix} tbody tr`).first().waitFor();
  const ids = members.map((i) => index.articles[i].id);
  assert.deepEqual(urlParam(page, 'set').split(','), ids, "the story's articles, by date");
  assert.equal(await page.locator(`${matrix} thead th .col-name`).count(), ids.length);
  assert.match(await page.locator(`${matrix} thead th .col-name`).first().innerText(), /9 June 2026/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The matrix row of `name`: its cells' texts. */
async function row(page, name) {
  const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const tr = page.locator(`${matrix} tbody:last-of-type tr`, { has: page.locator('th[scope=row] button', { hasText: exact }) });
  return { tr, cells: await tr.locator('td.cell').allInnerTexts(), widest: await tr.locator('td.widest').innerText() };
}

test('a story opens as a matrix: every article a column, rows widest covered first', async () => {
  const { page, errors, context } = await openStory();
  const columns = await page.locator(`${matrix} thead th .col-name`).allInnerTexts();
  assert.equal(columns.length, 5, 'a column per article');
  // Columns in order of date: the wire story of 9 June first.
  assert.match(columns[0], /Tidewire/);
  assert.match(columns[0], /9 June 2026/);
  assert.equal(urlParam(page, 'set').split(',').length, 5, 'the set is in the address');

  for (const name of [truth.entities.all[0], truth.entities.all[2]]) {
    const { cells, widest } = await row(page, name);
    assert.equal(widest, '5/5', name);
    assert.ok(cells.every((c) => /^\d+$/.test(c)), `${name}: ${cells}`);
  }
  const widths = await page.locator(`${matrix} tbody td.widest`).allInnerTexts();
  const names = widths.slice(-(await page.locator(`${matrix} tbody:last-of-type td.widest`).count()));
  const covered = names.map((w) => Number(w.split('/')[0]));
  assert.deepEqual(covered, [...covered].sort((a, b) => b - a), 'names sorted by how widely covered');

  // The chief executive is left out by one article (c, the third column).
  const chief = await row(page, truth.entities.all_but_one.name);
  assert.equal(chief.widest, '4/5');
  assert.equal(await chief.tr.getAttribute('class'), 'omission');
  const omitted = chief.tr.locator('td.cell');
  assert.equal(await omitted.nth(2).getAttribute('class'), 'cell omitted');
  assert.equal(await omitted.nth(2).innerText(), '–');
  assert.match(await page.getByTestId('coverage-summary').innerText(), new RegExp(`leaves out ${truth.entities.all_but_one.name}`));

  // The minister only one article names is singled out, not a row.
  const singles = await page.getByTestId('single-outs').locator('li').allInnerTexts();
  assert.match(singles[4], new RegExp(truth.entities.only_one.name));
  assert.equal(await page.locator(`${matrix} th[scope=row]`, { hasText: truth.entities.only_one.name }).count(), 0);
  assert.match(singles[2], new RegExp(`Leaves out: .*${truth.entities.all_but_one.name}`));
  await page.evaluate(() => document.querySelector('#coverage-title').scrollIntoView());
  await screenshot(page, 'coverage.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('shared text: the wire paragraph in three articles, first in the earliest; the quotation told apart', async () => {
  const { page, errors, context } = await openStory();
  const passages = page.getByTestId('set-passages').locator(':scope > li');
  const wire = passages.filter({ hasText: truth.wire_paragraph.text.slice(0, 60) });
  assert.equal(await wire.count(), 1);
  const meta = await wire.locator('.passage-meta').innerText();
  assert.match(meta, /^Copied text, \d+ words, in 3 articles: 1 · Tidewire[^;]*\(first\); 2 · [^;]+; 4 · /);
  const quoted = passages.filter({ hasText: truth.quotation.text.slice(0, 60) });
  assert.match(await quoted.locator('.passage-meta').innerText(), /^Quotation, .* in 3 articles: 1 · .*; 3 · .*; 5 · /);

  const quotes = page.getByTestId('set-quotes').locator(':scope > li');
  const union = quotes.filter({ hasText: truth.quotation.text.slice(0, 60) });
  assert.equal(await union.locator('.speaker').innerText(), truth.quotation.speaker);
  const differing = quotes.filter({ has: page.locator('.speaker', { hasText: truth.differing_quote.speaker }) });
  assert.match(await differing.innerText(), /Quoted differently:/);
  const wordings = await differing.locator('.wordings li').allInnerTexts();
  assert.deepEqual(wordings, [`2: ${truth.differing_quote.versions.b}`, `4: ${truth.differing_quote.versions.d}`]);

  // A passage opens the pair view of its first two articles.
  await wire.getByRole('button', { name: 'Compare 1 and 2' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('left') === 'a');
  assert.equal(urlParam(page, 'right'), 'b');
  await page.locator('.pane[data-side="right"] mark.hl-passage').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a row, a cell and the keyboard open the pair view on that item', async () => {
  const { page, errors, context } = await openStory();
  const key = `entity:${truth.entities.all_but_one.name}`;
  // The left-out cell: that article beside the one that mentions it most.
  const chief = await row(page, truth.entities.all_but_one.name);
  await chief.tr.locator('td.cell button').nth(2).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('left') === 'c');
  assert.equal(urlParam(page, 'focus'), key);
  assert.ok(['a', 'b', 'd', 'e'].includes(urlParam(page, 'right')));

  // From the keyboard: one tab stop, arrows move, Enter opens.
  const first = page.locator(`${matrix} button[data-r="1"][data-c="0"]`);
  assert.equal(await first.getAttribute('tabindex'), '0', 'the first row is the tab stop');
  assert.equal(await page.locator(`${matrix} button[tabindex="0"]`).count(), 1, 'one tab stop in the table');
  // The first row of names, then right and down.
  const names = page.locator(`${matrix} tbody:last-of-type button.row-item`).first();
  const r = Number(await names.getAttribute('data-r'));
  await names.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => [document.activeElement.dataset.r, document.activeElement.dataset.c]);
  assert.deepEqual(focused, [String(r + 1), '1']);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.c), '5');
  await page.keyboard.press('Home');
  const before = urlParam(page, 'focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => {
    const focus = new URL(location.href).searchParams.get('focus');
    return focus && focus !== b;
  }, before);
  await page.locator('.pane mark.hl.active').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('articles chosen by hand: the pair on the page, then more, at most eight', async () => {
  const { page, errors, context } = await openPage(browser, server.base, { viewport: { width: 1280, height: 900 } });
  await page.locator('.pane mark.hl').first().waitFor();
  await page.getByTestId('compare-more').click();
  await page.getByTestId('coverage').waitFor();
  assert.equal(await page.getByTestId('coverage-set').locator('li').count(), 2, 'the pair on the page starts the set');
  assert.match(await page.getByTestId('coverage-status').innerText(), /Choose 1 more article/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'coverage-article', 'focus goes to the box that adds');
  await pick(page, 'coverage', { search: 'Minister steps in' });
  await page.getByTestId('coverage-add-button').click();
  await page.locator(`${matrix} tbody tr`).first().waitFor();
  assert.equal(await page.locator(`${matrix} thead th .col-name`).count(), 3);
  // The same article cannot be added twice.
  assert.equal(await page.getByTestId('coverage-add-button').isDisabled(), true);

  // Removing one below three leaves the list and asks for more.
  await page.getByRole('button', { name: 'Remove article 3 from the comparison' }).click();
  assert.match(await page.getByTestId('coverage-status').innerText(), /Choose 1 more/);
  assert.equal(await page.locator(matrix).count(), 0);

  // A reload keeps the set; an unknown id in a link is named.
  await page.goto(`${server.base}?left=a&right=b&set=a,b,e,nope`);
  await page.locator(`${matrix} tbody tr`).first().waitFor();
  assert.equal(await page.locator(`${matrix} thead th .col-name`).count(), 3);
  assert.match(await page.getByTestId('notice').innerText(), /not here: “nope”/);
  await page.getByRole('button', { name: 'Close' }).click();
  assert.equal(await page.getByTestId('coverage').count(), 0);
  assert.equal(urlParam(page, 'set'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a reader's own article joins the set like any other", async () => {
  const { page, errors, context } = await openPage(browser, `${server.base}?left=a&right=b`, { viewport: { width: 1280, height: 900 } });
  await page.locator('.pane mark.hl').first().waitFor();
  await page.getByTestId('add-article').click();
  await page.getByRole('dialog', { name: 'Add your own article' }).waitFor();
  const own = [
    'Port Calloway strike ends as union accepts mediation',
    '',
    'Marisol Quenneville, general secretary of the Calloway Dock Workers\' Union, told members at Port Calloway that the strike would end on Sunday.',
    '',
    'Desmond Harcastle, chief executive of the harbour authority, welcomed the decision and said ships would return to the berths.',
  ].join('\n');
  await page.locator('#add-text').fill(own);
  await page.getByRole('button', { name: 'Add and compare' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  await page.getByTestId('compare-more').click();
  await pick(page, 'coverage', { search: 'Minister steps in' });
  await page.getByTestId('coverage-add-button').click();
  await page.locator(`${matrix} tbody tr`).first().waitFor();
  assert.deepEqual(urlParam(page, 'set').split(','), ['a', 'yours-1', 'e']);
  const chief = await row(page, truth.entities.all_but_one.name);
  assert.equal(chief.widest, '3/3', 'the own article counts its names');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the coverage downloads as Markdown and CSV', async () => {
  const { page, errors, context } = await openStory({ acceptDownloads: true });
  const save = async (name) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('coverage').getByRole('button', { name }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };
  const md = await save('Download Markdown');
  assert.equal(md.name, 'overlap-coverage.md');
  assert.match(md.text, /^# Overlap: coverage of 5 articles/);
  assert.match(md.text, new RegExp(`\\| ${truth.entities.all[2]} \\| person \\| 5 \\|`));
  const csv = await save('Download CSV');
  assert.equal(csv.name, 'overlap-coverage.csv');
  const lines = csv.text.trim().split('\r\n');
  assert.match(lines[0], /^kind,item,articles,"Tidewire News Agency, 2026-06-09",/);
  assert.ok(lines.some((l) => l.startsWith(`person,${truth.entities.all[2]},5,`)));
  assert.ok(lines.some((l) => l.startsWith('copied passage,')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px the table scrolls inside its box, never the page; axe finds nothing', async () => {
  for (const scheme of ['light', 'dark']) {
    const { page, errors, context } = await openStory({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: window.innerWidth,
      table: document.querySelector('.matrix-scroll').scrollWidth,
      box: document.querySelector('.matrix-scroll').clientWidth,
    }));
    assert.ok(widths.page <= widths.view, `no page scroll: ${JSON.stringify(widths)}`);
    assert.ok(widths.table > widths.box, 'the table scrolls in its box');
    const results = await new AxeBuilder({ page }).include('[data-testid=coverage]').analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, [], `axe (${scheme})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
