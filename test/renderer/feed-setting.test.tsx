// The status-bar feed in Settings: off by default; turning it on shows where
// the file is and a "Show in folder" button that asks main to reveal it.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEED_FILE_NAME } from '../../main/core/feed';
import { DetailsApp } from '../../renderer/src/details/details-app';
import { portfolioSnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const LABEL = /Status-bar feed/;

describe('status-bar feed setting', () => {
  it('is off by default, and once on shows its file and reveals it in the folder', async () => {
    const { fake } = renderWindow(<DetailsApp initialTab="settings" />, { snapshot: portfolioSnapshot() });
    const toggle = await screen.findByRole('checkbox', { name: LABEL });
    expect(toggle).toHaveProperty('checked', false);
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.queryByTestId('feed-path')).toBeNull();

    fireEvent.click(toggle);
    await waitFor(() => expect(fake.snapshot().settings.feedEnabled).toBe(true));
    const path = await screen.findByTestId('feed-path');
    expect(path.textContent).toMatch(new RegExp(`${FEED_FILE_NAME.replace('.', '\\.')}$`));
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(fake.effects).toContain('showFeedInFolder'));

    fireEvent.click(screen.getByRole('checkbox', { name: LABEL }));
    await waitFor(() => expect(screen.queryByTestId('feed-path')).toBeNull());
  });
});
