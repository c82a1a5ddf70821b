// A reader's own article: pasted or dropped, cleaned and analysed in the browser, kept in
// its storage across reloads, removable; and what happens when the text or the storage is bad.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withApp, openPage, screenshot, pick, pickerTitles } from './harness.mjs';

const app = withApp();
const KEY = 'overlap.own-articles.v1';
const rightTitle = '.pane[data-side="right"] h2';
const ARTICLE = [
  'Kremlin Weighs Talks With Trump on Ukraine',
  '',
  'Vladimir Putin said on Tuesday that the Kremlin was ready to talk with Donald Trump about Ukraine, as Sergei Lavrov met envoys in Moscow.',
  '',
  'Officials in Kyiv said NATO allies had not been consulted, and the European Union called for a ceasefire first.',
].join('\n');

async function openDialog(page) {
  await page.getByTestId('add-article').click();
  await page.getByRole('dialog', { name: 'Add your own article' }).waitFor();
}

async function paste(page, text) {
  await openDialog(page);
  // Set directly: typing megabytes would take minutes and test nothing more.
  await page.locator('#add-text').evaluate((t, value) => { t.value = value; }, text);
  await page.getByRole('button', { name: 'Add and compare' }).click();
}

const pickerCount = async (page) => (await pickerTitles(page, 'right')).length;

test('a pasted article is analysed, compared, kept across reloads, and removable', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, { viewport: { width: 1280, height: 900 } });
  await page.locator(rightTitle).waitFor();
  const before = await pickerCount(page);
  await openDialog(page);
  await screenshot(page, 'add-article.png');
  await page.locator('#add-text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Add and compare' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  assert.match(await page.getByTestId('notice').innerText(), /Added “Kremlin Weighs Talks With Trump on Ukraine”\. It is kept in this browser/);
  assert.equal(await page.getByRole('dialog').count(), 0, 'the dialog closes');
  assert.equal(await page.locator(rightTitle).innerText(), 'Kremlin Weighs Talks With Trump on Ukraine');
  // Analysed like the bundled ones: its entities are shared with the left article.
  for (const entity of ['Vladimir Putin', 'Donald Trump', 'Kremlin', 'Ukraine']) {
    assert.ok(await page.locator(`.pane[data-side="right"] mark.hl.shared[data-key="entity:${entity}"]`).count() > 0, `${entity} is a shared highlight`);
  }
  assert.equal(await pickerCount(page), before + 1);
  assert.match(await page.locator('#right-article').inputValue(), /^Yours: Kremlin Weighs Talks/);
  // Found by a search of its title, like any article.
  await pick(page, 'left', { search: 'yours kremlin weighs' });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('left') === 'yours-1');
  await pick(page, 'left', { index: 0 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('left') === '000_1380918436c1ee0e');

  await page.reload();
  await page.locator(rightTitle).waitFor();
  assert.equal(await page.locator(rightTitle).innerText(), 'Kremlin Weighs Talks With Trump on Ukraine', 'kept across a reload');
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(stored, [{ id: 'yours-1', name: 'Pasted text', text: ARTICLE }], 'stored as the reader gave it');

  await openDialog(page);
  await page.getByRole('button', { name: 'Remove “Kremlin Weighs Talks With Trump on Ukraine”' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') !== 'yours-1');
  await page.getByRole('button', { name: 'Close' }).click();
  assert.equal(await pickerCount(page), before);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), '[]');
  assert.match(await page.getByTestId('own-articles').or(page.getByText('You have not added any articles yet.')).innerText(), /not added any/);
  await page.reload();
  await page.locator(rightTitle).waitFor();
  assert.equal(await pickerCount(page), before, 'gone after a reload too');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a .txt file can be chosen or dropped', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.locator(rightTitle).waitFor();
  await openDialog(page);
  await page.locator('#add-file').setInputFiles({ name: 'chosen.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');

  await openDialog(page);
  const dropped = ARTICLE.replace('Kremlin Weighs Talks', 'Moscow Signals Opening');
  await page.locator('.add-form').evaluate((form, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    form.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, dropped);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-2');
  assert.equal(await page.locator(rightTitle).innerText(), 'Moscow Signals Opening With Trump on Ukraine');
  const names = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).map((a) => a.name);
  assert.deepEqual(names, ['chosen.txt', 'dropped.txt']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('text that cannot be used is refused with a message, and nothing is added', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.locator(rightTitle).waitFor();
  const before = await pickerCount(page);
  const cases = [
    ['empty', '', /the box is empty or holds only spaces/],
    ['whitespace only', '   \n\t \n  ', /the box is empty or holds only spaces/],
    ['5 MB of text', 'The Kremlin said talks would go on. '.repeat(150_000), /This text is 5\.4 MB, and Overlap takes articles of up to 200 KB/],
    ['only page chrome', 'Subscribe now\nSign in\nShare this article', /no article text/],
  ];
  for (const [name, text, expected] of cases) {
    await paste(page, text);
    const error = page.getByTestId('add-error');
    await error.waitFor();
    assert.match(await error.innerText(), expected, name);
    assert.equal(await error.getAttribute('role'), 'alert', `${name}: announced`);
    await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  }
  // Files: not .txt, too big (refused before reading), not UTF-8.
  const files = [
    [{ name: 'story.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }, /“story\.pdf” is not a \.txt or \.html file/],
    [{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5_000_000, 'a') }, /“huge\.txt”: This text is 5\.0 MB/],
    [{ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]) }, /“latin1\.txt” is not UTF-8 text \(the first bad byte is at 3\)/],
  ];
  for (const [file, expected] of files) {
    await openDialog(page);
    await page.locator('#add-file').setInputFiles(file);
    const error = page.getByTestId('add-error');
    await error.waitFor();
    assert.match(await error.innerText(), expected, file.name);
    await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  }
  assert.equal(await pickerCount(page), before, 'nothing was added');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing was stored');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted markup stays inert text', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base);
  await page.locator(rightTitle).waitFor();
  const hostile = [
    'Kremlin <script>window.__pwned = 1</script> Talks',
    '',
    'Vladimir Putin said <img src=x onerror="window.__pwned = 2"> the Kremlin was ready, [read more](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">here</a>.',
    '',
    'Donald Trump &lt;b&gt;replied&lt;/b&gt; &amp; <iframe src="javascript:window.__pwned=5"></iframe> in Moscow.',
  ].join('\n');
  await paste(page, hostile);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  await page.locator('.pane[data-side="right"] mark.hl').first().click();
  const pane = page.locator('.pane[data-side="right"]');
  const text = await pane.innerText();
  assert.match(text, /Kremlin <script>window\.__pwned = 1<\/script> Talks/);
  assert.match(text, /<img src=x onerror="window\.__pwned = 2">/);
  assert.match(text, /&lt;b&gt;replied&lt;\/b&gt; &amp;/);
  assert.equal(await pane.locator('script, img, iframe, a').count(), 0, 'no element made from the text');
  await page.reload();
  await page.locator(rightTitle).waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.equal(await page.locator('body script:not([type]), body img, body iframe').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('unreadable storage is left as it was, said so, and offered as a download', async () => {
  const raw = '{"this is": not JSON';
  const { page, errors, context } = await openPage(app.browser, app.server.base, { acceptDownloads: true }, ({ context }) =>
    context.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, raw]));
  await page.locator(rightTitle).waitFor();
  assert.match(await page.getByTestId('notice').innerText(), /Your saved articles could not be read \(it is not valid JSON\)\. They are left as they were/);
  await paste(page, ARTICLE);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  assert.match(await page.getByTestId('notice').innerText(), /for this visit only/);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), raw, 'the stored data is untouched');

  await openDialog(page);
  const problem = page.getByTestId('storage-problem');
  assert.match(await problem.innerText(), /last for this visit only/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    problem.getByRole('button', { name: 'Download the saved data' }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), raw, 'the download is exactly what was stored');
  await problem.getByRole('button', { name: 'Delete the saved data' }).click();
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('yours-1'), KEY);
  assert.equal(await page.getByTestId('storage-problem').count(), 0);
  assert.match(await page.getByTestId('own-articles').innerText(), /kept in this browser/, 'the new article is stored now');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when storage is full, the article still works for this visit, and the page says so', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, {}, ({ context }) =>
    context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    }));
  await page.locator(rightTitle).waitFor();
  await paste(page, ARTICLE);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  assert.match(await page.getByTestId('notice').innerText(), /Added “Kremlin Weighs Talks With Trump on Ukraine” for this visit only: the browser's storage for this page is full/);
  assert.equal(await page.locator(rightTitle).innerText(), 'Kremlin Weighs Talks With Trump on Ukraine', 'and it is compared');
  await openDialog(page);
  assert.match(await page.getByTestId('own-articles').innerText(), /for this visit only/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the browser blocks storage, the page works and says articles last for this visit', async () => {
  const { page, errors, context } = await openPage(app.browser, app.server.base, {}, ({ context }) =>
    context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }));
  await page.locator(rightTitle).waitFor();
  await paste(page, ARTICLE);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('right') === 'yours-1');
  assert.match(await page.getByTestId('notice').innerText(), /for this visit only: the browser does not let this page store data \(SecurityError/);
  await openDialog(page);
  assert.match(await page.getByTestId('storage-problem').innerText(), /last for this visit only/);
  assert.match(await page.getByTestId('own-articles').innerText(), /for this visit only/);
  assert.deepEqual(errors, []);
  await context.close();
});
