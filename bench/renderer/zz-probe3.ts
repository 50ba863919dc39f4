import { launchChromium, openAppPage } from './app-page';
import { holdingsSnapshot } from './snapshots';
const browser = await launchChromium();
const full = holdingsSnapshot(10_000);
const app = await openAppPage({ browser, page: 'details', state: full, rendererDir: process.env.RDIR });
await app.page.waitForSelector('.grid-body .grid-row');
const box = app.page.locator('#holdings-filter');
for (const ch of ['h', 'z', 'p', 'c', 'f', 'k', 'b']) {
  await box.fill(''); await app.page.waitForTimeout(200); await box.focus();
  await app.page.evaluate(() => {
    const w = window as any; const log: string[] = []; w.__log = log; const t = () => performance.now();
    let base = 0;
    for (const type of ['keydown', 'keypress', 'input', 'keyup']) window.addEventListener(type, (e) => { if (type === 'keydown') base = e.timeStamp; log.push(`${type}@${(t() - base).toFixed(1)}(ts ${(e.timeStamp - base).toFixed(1)})`); }, { capture: true, once: true });
    const mo = new MutationObserver((recs) => { log.push(`mut(${recs.length})@${(t() - base).toFixed(1)} ${document.querySelector('.holdings .toolbar [aria-live]')?.textContent}`); });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const raf = () => requestAnimationFrame((ts) => { if (base) log.push(`raf@${(t() - base).toFixed(1)}`); if (t() - base < 40 || !base) raf(); else mo.disconnect(); });
    raf();
  });
  await app.page.keyboard.press(ch);
  await app.page.waitForTimeout(150);
  console.log(ch, (await app.page.evaluate(() => (window as any).__log)).join(' | '));
}
await app.close(); await browser.close();
