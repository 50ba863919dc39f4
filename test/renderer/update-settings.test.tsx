// Settings → Updates: the stage in words (a status region), the release notes
// as text only, the button that fits the stage, keyboard reachable, and the
// policy select writing the setting.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UpdateState } from '../../common/desktop-types';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const AVAILABLE: UpdateState = { stage: 'available', version: '0.2.0', notes: 'Faster sync.\n\n• Alerts <b>not bold</b>', progress: null };

async function openUpdates(update: UpdateState) {
  const rendered = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot({ update }) });
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

  it('up to date: no notes and no button', async () => {
    const { section } = await openUpdates({ stage: 'idle', version: null, notes: '', progress: null });
    expect(within(section).getByRole('status').textContent).toBe('Tallybar is up to date.');
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).queryByRole('region', { name: 'Release notes' })).toBeNull();
  });

  it('a development build says updates are checked only in installed builds, and the policy cannot change', async () => {
    const { section } = await openUpdates({ stage: 'unsupported', version: null, notes: '', progress: null });
    expect(within(section).getByRole('status').textContent).toBe('Updates are checked only in installed builds.');
    expect((within(section).getByRole('combobox', { name: 'When a new version is out' }) as HTMLSelectElement).disabled).toBe(true);
  });

  it('the policy select writes the setting', async () => {
    const { section, fake } = await openUpdates({ stage: 'idle', version: null, notes: '', progress: null });
    const select = within(section).getByRole('combobox', { name: 'When a new version is out' }) as HTMLSelectElement;
    expect(select.value).toBe('ask');
    fireEvent.change(select, { target: { value: 'auto' } });
    await waitFor(() => expect(fake.snapshot().settings.updates).toBe('auto'));
    expect(select.value).toBe('auto');
  });
});
