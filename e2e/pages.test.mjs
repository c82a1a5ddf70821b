// Web pages a reader brings: a saved .html file dropped on the dialog, and a copy from a
// browser pasted with its HTML. Both are read by the browser's own DOMParser into the
// core's page tree; the article comes from the markup, the chrome stays out, and nothing
// in the page runs or loads. The pages are the project's own fixtures (core/tests/pages/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withApp, openPage } from './harness.mjs';

const app = withApp();
const KEY = 'overlap.own-articles.v1';
const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'core', 'tests', 'pages');
const truth = JSON.parse(readFileSync(path.join(PAGES, 'expected.json'), 'utf8')).filter((p) => p.name);
const page = (name) => ({ html: readFileSync(path.join(PAGES, `${name}.html`), 'utf8'), expect: truth.find((p) => p.name === name) });
const right = '.pane[data-side="right"]';

async function openDialog(p) {
  await p.getByTestId('add-article').click();
  await p.getByRole('dialog', { name: 'Add your own article' }).waitFor();
}

/** What the right pane shows: its title and its paragraphs' text. */
async function rightPane(p) {
  const title = await p.locator(`${right} h2`).innerText();
  // textContent: paragraphs out of view are not laid out (content-visibility), so
  // innerText would be empty for them.
  const paragraphs = await p.locator(`${right} .body p`).allTextContents();
  return { title, body: paragraphs.join('\n') };
}

test('a dropped .html page gives its article, without its chrome', async () => {
  const { page: p, errors, context } = await openPage(app.browser, app.server.base);
  await p.locator(`${right} h2`).waitFor();
  const { html, expect } = page('wire_ap');
  await openDialog(p);
  await p.locator('.add-form').evaluate((form, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'wire_ap.html', { type: 'text/html' }));
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, html);
  await p.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  const shown = await rightPane(p);
  assert.equal(shown.title, expect.title);
  assert.ok(shown.body.startsWith(expect.first), `the body starts with the article: ${shown.body.slice(0, 80)}`);
  assert.ok(shown.body.includes(expect.last), 'the body runs to the article\'s end');
  for (const chrome of expect.body_lacks) {
    assert.ok(!shown.body.includes(chrome), `no chrome in the body: ${chrome}`);
  }
  const stored = JSON.parse(await p.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(stored.map((a) => [a.name, a.form]), [['wire_ap.html', 'html']], 'kept as the page, to be read again as HTML');
  await p.reload();
  await p.locator(`${right} h2`).waitFor();
  assert.equal((await rightPane(p)).title, expect.title, 'read again from its HTML after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a paste that carries the page\'s HTML is read from its markup', async () => {
  const { page: p, errors, context } = await openPage(app.browser, app.server.base);
  await p.locator(`${right} h2`).waitFor();
  const { html, expect } = page('court_report');
  await openDialog(p);
  await p.locator('#add-text').evaluate((t, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'the plain text a browser puts beside it');
    t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await p.getByTestId('pasted-page').waitFor();
  assert.equal(await p.locator('#add-text').inputValue(), 'the plain text a browser puts beside it', 'the box shows the text');
  await p.getByRole('button', { name: 'Add and compare' }).click();
  await p.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  const shown = await rightPane(p);
  assert.equal(shown.title, expect.title);
  assert.ok(shown.body.startsWith(expect.first), `the body starts with the article: ${shown.body.slice(0, 80)}`);
  for (const chrome of expect.body_lacks) {
    assert.ok(!shown.body.includes(chrome), `no chrome in the body: ${chrome}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('nothing in a pasted page runs or loads, and an empty page is refused', async () => {
  const { page: p, errors, context } = await openPage(app.browser, app.server.base);
  const requests = [];
  p.on('request', (r) => requests.push(r.url()));
  await p.locator(`${right} h2`).waitFor();
  const hostile = `<html><head><script>window.__pageRan = 1</script>
    <meta http-equiv="refresh" content="0; url=https://example.invalid/">
    <link rel="stylesheet" href="https://example.invalid/x.css"></head>
    <body onload="window.__pageRan = 2"><article><h1>Harbour board approves new ferry pier</h1>
    <p>The harbour board voted on Monday to build a new ferry pier, after two years of talks with the town council about its cost.</p>
    <p>Work will start in the spring <img src="https://example.invalid/pixel.gif" onerror="window.__pageRan = 3">and take about eighteen months, the board's chair said.</p>
    <iframe src="https://example.invalid/frame"></iframe></article></body></html>`;
  await openDialog(p);
  await p.locator('#add-text').evaluate((t, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'Harbour board approves new ferry pier');
    t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, hostile);
  await p.getByRole('button', { name: 'Add and compare' }).click();
  await p.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  assert.equal((await rightPane(p)).title, 'Harbour board approves new ferry pier');
  assert.equal(await p.evaluate(() => window.__pageRan), undefined, 'no script or handler of the page ran');
  assert.deepEqual(requests.filter((u) => u.includes('example.invalid')), [], 'nothing the page names was fetched');

  await openDialog(p);
  await p.locator('#add-text').evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/html', '<html><head><title>Empty</title></head><body></body></html>');
    data.setData('text/plain', 'x');
    t.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await p.getByRole('button', { name: 'Add and compare' }).click();
  assert.match(await p.getByTestId('add-error').innerText(), /no text in this page/);
  assert.deepEqual(errors, []);
  await context.close();
});
