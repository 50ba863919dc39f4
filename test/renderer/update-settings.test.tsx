// Settings → Updates: the stage in words (a status region), the release notes
// as text only, the button that fits the stage, keyboard reachable, and the
// policy select writing the setting.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UpdateState } from '../../common/desktop-types';
import type { Settings } from '../../common/settings';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const IDLE: UpdateState = { stage: 'idle', version: null, notes: '', progress: null, checkedAt: Date.parse('2026-12-01T08:00:00Z'), checkFailed: false };
const AVAILABLE: UpdateState = { ...IDLE, stage: 'available', version: '0.2.0', notes: 'Faster sync.\n\n• Alerts <b>not bold</b>' };

async function openUpdates(update: UpdateState, settings: Partial<Settings> = {}) {
  const base = portfolioSnapshot({ update });
  const rendered = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: { ...base, settings: { ...base.settings, ...settings } } });
  const section = await screen.findByRole('region', { name: 'Updates' });
  return { ...rendered, section };
}

describe('update settings', () => {
  it("a version found under 'ask': says so, shows the notes as text, and Download takes the user's word", async () => {
    const { section, fake } = await openUpdates(AVAILABLE);
    expect(within(section).getByRole('status').textContent).toBe('Update available — Tallybar 0.2.0.');
    const notes = within(section).getByRole('region', { name: 'Release notes' });
    expect(notes.textContent).toBe('Faster sync.\n\n• Alerts <b>not bold</b>');
    expect(notes.querySelector('b')).toBeNull();
    expect(notes.tabIndex).toBe(0);
    const download = within(section).getByRole('button', { name: 'Download' });
    download.focus();
    fireEvent.click(download);
    await waitFor(() => expect(fake.snapshot().update.stage).toBe('downloading'));
    expect(within(section).getByRole('progressbar', { name: 'Download progress' })).toBeTruthy();
    expect(within(section).getByRole('status').textContent).toBe('Downloading Tallybar 0.2.0… 0%');
    expect(within(section).queryByRole('button', { name: 'Download' })).toBeNull();
  });

  it('a downloaded version offers Restart to update', async () => {
    const { section, fake } = await openUpdates({ ...AVAILABLE, stage: 'downloaded' });
    expect(within(section).getByRole('status').textContent).toBe('Tallybar 0.2.0 is downloaded and installs when Tallybar restarts.');
    fireEvent.click(within(section).getByRole('button', { name: 'Restart to update' }));
    await waitFor(() => expect(fake.effects).toContain('installUpdate'));
  });

  it('up to date after a check the feed answered: no notes, and Check now checks again', async () => {
    const { section, fake } = await openUpdates(IDLE);
    expect(within(section).getByRole('status').textContent).toBe('Tallybar is up to date.');
    expect(within(section).queryByRole('region', { name: 'Release notes' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('Checking for updates…'));
    expect(fake.snapshot().update.stage).toBe('checking');
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('never says up to date without a check: not checked yet, or the last check failed', async () => {
    const notYet = await openUpdates({ ...IDLE, checkedAt: null });
    expect(within(notYet.section).getByRole('status').textContent).toBe('Tallybar has not checked for updates yet.');
    notYet.unmount();
    const failed = await openUpdates({ ...IDLE, checkFailed: true });
    expect(within(failed.section).getByRole('status').textContent).toBe('Tallybar could not reach the update server. It tries again later.');
    expect(within(failed.section).getByRole('button', { name: 'Check now' })).toBeTruthy();
  });

  it("policy 'off': says Tallybar does not check, and offers no check", async () => {
    const { section } = await openUpdates(IDLE, { updates: 'off' });
    expect(within(section).getByRole('status').textContent).toBe('Tallybar does not check for updates.');
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('a development build says updates are checked only in installed builds, and the policy cannot change', async () => {
    const { section } = await openUpdates({ ...IDLE, stage: 'unsupported', checkedAt: null });
    expect(within(section).getByRole('status').textContent).toBe('Updates are checked only in installed builds.');
    expect((within(section).getByRole('combobox', { name: 'When a new version is out' }) as HTMLSelectElement).disabled).toBe(true);
  });

  it('the policy select writes the setting', async () => {
    const { section, fake } = await openUpdates(IDLE);
    const select = within(section).getByRole('combobox', { name: 'When a new version is out' }) as HTMLSelectElement;
    expect(select.value).toBe('ask');
    fireEvent.change(select, { target: { value: 'auto' } });
    await waitFor(() => expect(fake.snapshot().settings.updates).toBe('auto'));
    expect(select.value).toBe('auto');
  });
});
