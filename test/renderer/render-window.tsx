// Mounts a window (popover or details) over a fake `window.tallybar`.
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { forgetSupportedExchanges } from '../../renderer/src/shared/use-supported-exchanges';
import { createFakeTallybar, type FakeOptions, type FakeTallybar } from '../support/fake-tallybar';

afterEach(() => {
  cleanup();
});

export function renderWindow(ui: ReactElement, options: FakeOptions = {}): RenderResult & { fake: FakeTallybar } {
  const fake = createFakeTallybar(options);
  window.tallybar = fake.api;
  forgetSupportedExchanges();
  return { ...render(ui), fake };
}
