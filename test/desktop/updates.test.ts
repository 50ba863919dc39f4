// Updates in a development build, through the real built main bundle: the
// platform double's app is not packaged (app.isPackaged false, as under
// `npm start`), so electron-updater is never built — Settings says updates
// are checked only in installed builds, the policy cannot be changed, and the
// tray menu offers no update. (A packaged build's check needs Electron's `net`,
// which the double does not model: test/main/adapters/updater.test.ts runs
// electron-updater itself against a local feed, test/main/app/updates.test.ts
// the policy.)
import { describe, expect, it } from 'vitest';
import { popoverReady, useDesktop } from '../support/electron-double/use-desktop';

const launch = useDesktop();

describe('updates in a development build', () => {
  it('never checks: Settings says so, the policy is fixed, and the tray menu has no update item', async () => {
    const d = await launch({ platform: 'linux-x11' });
    await popoverReady(d);
    d.tray().userClick('right');
    const items = d.world.eventsOf('menu-opened').at(-1)?.items ?? [];
    expect(items).toContain('Quit Tallybar');
    expect(items.some((label) => /update/i.test(label))).toBe(false);
    d.pickTrayMenuItem('settings');
    const page = await d.detailsPage();
    const section = page.getByRole('region', { name: 'Updates' });
    await section.getByRole('status').getByText('Updates are checked only in installed builds.').waitFor();
    expect(await section.getByRole('combobox', { name: 'When a new version is out' }).isDisabled()).toBe(true);
    expect(await section.getByRole('button').count()).toBe(0);
  });
});
