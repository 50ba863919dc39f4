import { launchChromium, openAppPage } from './app-page';
import { holdingsSnapshot } from './snapshots';
const browser = await launchChromium();
const full = holdingsSnapshot(10_000);
const app = await openAppPage({ browser, page: 'details', state: full, rendererDir: process.env.RDIR });
await app.page.waitForSelector('.grid-body .grid-row');
const cdp = await app.page.context().newCDPSession(app.page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const box = app.page.locator('#holdings-filter');
const mode = process.argv[2] ?? 'filter';
const profiles: any[] = [];
const keys = ['z', 'p', 'c', 'f', 'k', 'b', 'g', 'm', 's', 'q'];
for (const ch of keys) {
  if (mode === 'filter') {
    await box.fill(''); await app.page.waitForTimeout(100); await box.focus();
    await cdp.send('Profiler.start');
    await app.page.keyboard.press(ch); await app.page.waitForTimeout(100);
    profiles.push((await cdp.send('Profiler.stop')).profile);
  } else {
    await app.page.locator('.grid-head .sort-button').nth(keys.indexOf(ch) % 6).click(); await app.page.waitForTimeout(100);
  }
}
const self = new Map<string, number>();
for (const profile of profiles) {
const dt = profile.timeDeltas ?? [];
const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
profile.samples?.forEach((id: number, i: number) => { const n = byId.get(id)!; const f = n.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
}
let tot=0; for (const [k,v] of self) if (!k.startsWith('(idle)') && !k.startsWith('(program)')) tot+=v; console.log('total per press', (tot/profiles.length).toFixed(2));
const top = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(7), k);
await app.close(); await browser.close();
