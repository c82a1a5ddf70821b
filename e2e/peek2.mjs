import { serveDist, launchBrowser, openPage } from './harness.mjs';
const server = await serveDist();
const browser = await launchBrowser();
const { page } = await openPage(browser, `${server.base}?left=002_3efbda6fc0e6d159&right=001_117cd72936ee1a47`, { viewport: { width: 1280, height: 900 } });
await page.locator('.pane[data-side="right"] mark.hl').first().waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 20; i++) {
  await page.evaluate(async (value) => {
    const title = () => document.querySelector('.pane[data-side="right"] h2')?.textContent;
    const before = title();
    const select = document.getElementById('right-article');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => { const check = () => (title() !== before ? resolve() : requestAnimationFrame(check)); check(); });
  }, i % 2 === 0 ? '4' : '1');
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) {
  const n = byId.get(id); const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`;
  self.set(key, (self.get(key) ?? 0) + t);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(1), k);
await browser.close(); server.stop();
