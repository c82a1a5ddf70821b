// Browser security: hostile article text stays text, the app runs under a strict
// Content-Security-Policy, and the page asks for nothing outside its own files.
//
// The hostile articles are e2e/hostile-seeds/, bundled by a second build into
// e2e/dist-hostile/ (scripts/test.sh: OVERLAP_SEEDS=e2e/hostile-seeds trunk build …).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, DIST, serveDist, launchBrowser, openPage, pick, pickerTitles } from './harness.mjs';

const HOSTILE_DIST = path.join(ROOT, 'e2e', 'dist-hostile');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const leftPane = '.pane[data-side="left"]';
const rightPane = '.pane[data-side="right"]';
// Where article text ends up: the panes, the summary and the pickers.
const TEXT_AREAS = ['.pane', '.summary', '.picker'];
// Elements that article text must never become.
const ACTIVE = 'script, img, svg, math, iframe, frame, object, embed, style, link, a[href^="javascript:" i], [onerror], [onclick], [onload]';

// The markup in the hostile captures, which must be shown as typed.
const LITERALS = [
  '<script>window.__overlapInjected = 1</script>',
  '<img src=x onerror="window.__overlapInjected = 2">',
  '<a href="javascript:window.__overlapInjected=3">click</a>',
  '&lt;b&gt;bold&lt;/b&gt;',
  '&amp;',
  '&#x3C;script&#x3E;',
  '<style>body{display:none}</style>',
  '<iframe src="javascript:window.__overlapInjected=5"></iframe>',
  '{{ minister.name }}',
  '${window.__overlapInjected = 6}',
];

const servers = {};
let browser;
before(async () => {
  assert.ok(existsSync(path.join(HOSTILE_DIST, 'index.html')), `${HOSTILE_DIST} is built (scripts/test.sh builds it)`);
  servers.hostile = await serveDist(HOSTILE_DIST);
  servers.csp = await serveDist(DIST, { headers: { 'Content-Security-Policy': CSP } });
  servers.plain = await serveDist(DIST);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  servers.hostile?.stop();
  servers.csp?.stop();
  servers.plain?.stop();
});

/** What the hostile markup could have done so far: the marker it sets, and dialogs. */
async function assertNothingRan(page, dialogs, when) {
  // An <img onerror> would run once its image fails to load: let every request settle.
  await page.waitForLoadState('networkidle');
  const injected = await page.evaluate(() => window.__overlapInjected);
  assert.equal(injected, undefined, `hostile markup ran (window.__overlapInjected = ${injected}) ${when}`);
  assert.deepEqual(dialogs, [], `no dialog opens ${when}`);
  assert.ok(await page.locator('body').isVisible(), `the body is still visible ${when}`);
}

/** Elements inside the text areas that article text could have become, described. */
async function activeElements(page) {
  return page.evaluate(
    ([areas, active]) =>
      areas.flatMap((area) =>
        [...document.querySelectorAll(area)].flatMap((el) => [...el.querySelectorAll(active)].map((e) => `${area} › ${e.outerHTML.slice(0, 120)}`)),
      ),
    [TEXT_AREAS, ACTIVE],
  );
}

/** Elements of these kinds in the whole page that the served index.html does not have itself. */
async function foreignElements(page) {
  return page.evaluate(async (active) => {
    const html = await (await fetch(location.pathname)).text();
    const own = new DOMParser().parseFromString(html, 'text/html');
    const describe = (e) => `${e.tagName.toLowerCase()} ${e.getAttribute('src') ?? e.getAttribute('href') ?? ''}`.trim();
    const expected = [...own.querySelectorAll(active)].map(describe);
    const found = [...document.querySelectorAll(active)].map(describe);
    return found.filter((d) => {
      const i = expected.indexOf(d);
      if (i < 0) return true;
      expected.splice(i, 1);
      return false;
    });
  }, ACTIVE);
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return file;
}

test('hostile article text compared three at once stays text', async () => {
  const dialogs = [];
  const set = '000_hostile_geneva,001_hostile_talks,002_hostile_brief';
  const { page, errors, context } = await openPage(browser, `${servers.hostile.base}?set=${set}`, {}, ({ page }) => {
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  });
  await page.locator('[data-testid=coverage-matrix] tbody tr').first().waitFor();
  await assertNothingRan(page, dialogs, 'in the coverage');
  const active = await page.evaluate(
    (selector) => [...document.querySelectorAll('[data-testid=coverage]')].flatMap((c) => [...c.querySelectorAll(selector)].map((e) => e.outerHTML.slice(0, 120))),
    ACTIVE,
  );
  assert.deepEqual(active, [], 'no element made from article text in the coverage');
  const shared = await page.getByTestId('set-passages').evaluate((el) => el.textContent);
  assert.ok(shared.includes('<script>window.__overlapInjected = 1</script>'), 'the shared text shows the markup as typed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile article text is shown as text and never runs', async () => {
  const dialogs = [];
  const { page, errors, context } = await openPage(browser, servers.hostile.base, {}, ({ page }) => {
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  });
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  await page.waitForSelector(`${rightPane} mark.hl.shared`);
  await assertNothingRan(page, dialogs, 'on load');
  assert.deepEqual(await activeElements(page), [], 'no element made from article text in the panes, summary or pickers');
  assert.deepEqual(await foreignElements(page), [], 'the page has no script, img, iframe, style… beyond its own index.html');

  // The markup is there, literally, in the panes (titles, bylines, bodies) and inside highlights.
  const left = await page.locator(leftPane).evaluate((el) => el.textContent);
  const right = await page.locator(rightPane).evaluate((el) => el.textContent);
  for (const literal of LITERALS) {
    assert.ok(left.includes(literal), `the left pane shows ${JSON.stringify(literal)} as text`);
    assert.ok(right.includes(literal), `the right pane shows ${JSON.stringify(literal)} as text`);
  }
  const title = await page.locator(`${leftPane} h2, ${leftPane} h1`).first().textContent();
  assert.ok(title.includes('<script>window.__overlapInjected = 1</script>'), `the title is shown as typed: ${title}`);
  const passages = await page.locator(`${leftPane} mark.hl-passage`).evaluateAll((ms) => ms.map((m) => m.textContent));
  for (const literal of ['<script>window.__overlapInjected = 1</script>', '&lt;b&gt;bold&lt;/b&gt;', '<img src=x onerror="window.__overlapInjected = 2', '${window.__overlapInjected = 6}']) {
    assert.ok(passages.some((p) => p.includes(literal)), `a shared passage contains ${JSON.stringify(literal)}: ${JSON.stringify(passages)}`);
  }
  const summary = await page.getByTestId('summary').evaluate((el) => el.textContent);
  assert.ok(summary.includes('<script>window.__overlapInjected = 1</script>'), 'the summary lists the shared passage with its markup as text');
  const markedTerms = await page.locator(`${leftPane} mark.hl-term.shared`).evaluateAll((ms) => ms.map((m) => m.textContent));
  assert.ok(markedTerms.includes('script') && markedTerms.includes('iframe'), `markup words are shared terms: ${markedTerms.join(', ')}`);
  const pickers = (await pickerTitles(page, 'left')).join('\n');
  assert.ok(pickers.includes('<script>window.__overlapInjected = 1</script>'), 'the pickers show the hostile titles as text');

  // Hover and click highlights, including those around the markup.
  const marks = page.locator(`${leftPane} mark.hl.shared, ${rightPane} mark.hl.shared`);
  const count = await marks.count();
  for (let i = 0; i < count; i += Math.max(1, Math.floor(count / 25))) {
    await marks.nth(i).scrollIntoViewIfNeeded();
    await marks.nth(i).hover();
  }
  for (const key of ['term:script', 'term:iframe', 'entity:Geneva']) {
    const mark = page.locator(`${leftPane} mark.hl[data-key^="${key}"]`).first();
    if ((await mark.count()) > 0) await mark.click();
  }
  await page.locator(`${leftPane} mark.hl-passage`).first().click();
  const items = page.locator('.summary button.item');
  const itemCount = await items.count();
  assert.ok(itemCount > 5, `the summary lists shared items (${itemCount})`);
  for (let i = 0; i < itemCount; i++) await items.nth(i).click();
  await page.keyboard.press('n');
  await page.keyboard.press('p');
  await assertNothingRan(page, dialogs, 'after hovering and clicking highlights and summary items');

  // Exports.
  const md = await download(page, 'Download Markdown');
  const json = await download(page, 'Download JSON');
  assert.ok(md.suggestedFilename().endsWith('.md') && json.suggestedFilename().endsWith('.json'));
  await assertNothingRan(page, dialogs, 'after the exports');

  // Other pairs: the third article's title and byline carry markup too.
  const before = left;
  await pick(page, 'left', { index: 2 });
  await page.waitForFunction(([sel, old]) => document.querySelector(sel)?.textContent !== old, [leftPane, before]);
  const third = await page.locator(leftPane).evaluate((el) => el.textContent);
  assert.ok(third.includes('&lt;b&gt;Kremlin&lt;/b&gt;') && third.includes('${title}'), 'the third title is shown as typed');
  assert.ok(third.includes('<a href="javascript:window.__overlapInjected=3">Staff</a>'), 'the third byline is shown as typed');
  assert.ok(third.includes(`<svg onload="alert('overlap')"></svg>`), 'markup that would alert is shown as typed');
  await pick(page, 'right', { index: 0 });
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  await page.locator(`${rightPane} mark.hl.shared`).first().hover();
  await page.getByRole('button', { name: /swap/i }).first().click();
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  await assertNothingRan(page, dialogs, 'after switching pairs');

  assert.deepEqual(await activeElements(page), [], 'no element made from article text in the panes, summary or pickers');
  assert.deepEqual(await foreignElements(page), [], 'the page has no script, img, iframe, style… beyond its own index.html');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile text in the URL query is shown as text and never runs', async () => {
  const dialogs = [];
  const hostile = '<img src=x onerror="window.__overlapInjected = 7">';
  const url = `${servers.hostile.base}?left=${encodeURIComponent('<script>window.__overlapInjected = 8</script>')}&focus=${encodeURIComponent(hostile)}`;
  const { page, errors, context } = await openPage(browser, url, {}, ({ page }) => {
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  });
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  const notice = await page.locator('.notice').allTextContents();
  assert.ok(notice.join(' ').includes(hostile), `the notice names the unknown item as typed: ${JSON.stringify(notice)}`);
  await assertNothingRan(page, dialogs, 'with hostile text in the URL');
  assert.deepEqual(await foreignElements(page), [], 'the page has no script, img, iframe, style… beyond its own index.html');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the app works under a strict Content-Security-Policy', async () => {
  const { page, errors, context } = await openPage(browser, servers.csp.base, {}, async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}: ${e.sample}`,
        );
      });
    });
  });
  const response = await page.request.get(servers.csp.base);
  assert.equal(response.headers()['content-security-policy'], CSP, 'the page is served with the policy');

  // The app starts, or the policy blocks something: whichever comes first.
  await page.waitForFunction(
    (sel) => document.querySelector(sel) || window.__cspViolations.length > 0,
    `${rightPane} mark.hl.shared`,
    { timeout: 20000 },
  );
  // Inline style attributes are what style-src 'self' forbids most easily: name any.
  const styled = () => page.evaluate(() => [...document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 120)));
  const noViolation = async (when) => {
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], `no CSP violation ${when} (elements with a style attribute: ${JSON.stringify(await styled())})`);
  };
  await noViolation('on load');
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  const item = page.locator('.shared-entities button.item').first();
  const key = await item.getAttribute('data-key');
  await item.click();
  const lit = await page.locator(`mark.hl.active[data-key="${key}"]`).count();
  assert.ok(lit > 0, `a click on ${key} in the summary lights up its marks`);
  const before = await page.locator(rightPane).innerText();
  await pick(page, 'right', { index: 4 });
  await page.waitForFunction(([sel, old]) => document.querySelector(sel)?.innerText !== old, [rightPane, before]);
  await page.waitForSelector(`${rightPane} mark.hl.shared`);
  await page.locator(`${leftPane} mark.hl.shared`).first().hover();
  await download(page, 'Download Markdown');

  await page.keyboard.press('n');
  await noViolation('after using the page');
  assert.deepEqual(errors, [], 'no console error');
  await context.close();
});

test('the page makes no request outside its own files', async () => {
  const requests = [];
  const { page, errors, context } = await openPage(browser, servers.plain.base, {}, ({ context }) => {
    context.on('request', (r) => requests.push(r.url()));
  });
  await page.waitForSelector(`${leftPane} mark.hl.shared`);
  await pick(page, 'right', { index: 3 });
  await pick(page, 'left', { index: 2 });
  await page.waitForSelector(`${rightPane} mark.hl.shared`);
  const items = page.locator('.summary button.item');
  for (let i = 0; i < Math.min(5, await items.count()); i++) await items.nth(i).click();
  await page.locator(`${leftPane} mark.hl.shared`).first().click();
  await download(page, 'Download Markdown');
  await download(page, 'Download JSON');
  await page.reload();
  await page.waitForSelector(`${leftPane} mark.hl.shared`);

  const origin = new URL(servers.plain.base).origin;
  assert.ok(requests.some((u) => u.endsWith('.wasm')), `the requests were recorded (${requests.length})`);
  const outside = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  assert.deepEqual(outside, [], `every request is to ${origin} (or a data:/blob: URL the page made itself)`);
  assert.deepEqual(errors, []);
  await context.close();
});
