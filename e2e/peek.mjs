import { serveDist, launchBrowser, openPage } from './harness.mjs';
const server = await serveDist();
const browser = await launchBrowser();
const { page } = await openPage(browser, `${server.base}?left=002_3efbda6fc0e6d159&right=001_117cd72936ee1a47`, { viewport: { width: 1280, height: 900 } });
await page.locator('.pane[data-side="right"] mark.hl').first().waitFor();
for (let i = 0; i < 8; i++) {
  const target = i % 2 === 0 ? '4' : '1';
  const r = await page.evaluate(async (value) => {
    const title = () => document.querySelector('.pane[data-side="right"] h2')?.textContent;
    const before = title();
    const select = document.getElementById('right-article');
    const t0 = performance.now();
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const t1 = performance.now();
    await new Promise((resolve) => { const check = () => (title() !== before ? resolve() : queueMicrotask(check)); check(); });
    const t2 = performance.now();
    document.body.offsetHeight; // force layout
    const t3 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const t4 = performance.now();
    return [t1 - t0, t2 - t1, t3 - t2, t4 - t3].map((x) => x.toFixed(1)).join(' / ');
  }, target);
  console.log(target, 'sync dispatch / until DOM / layout / to paint:', r);
}
await browser.close(); server.stop();
