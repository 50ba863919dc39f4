import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SupportedExchange } from '../../common/types';
import { PopoverApp } from '../../renderer/src/popover/popover-app';
import { ExchangePicker } from '../../renderer/src/shared/exchange-picker';
import { SUPPORTED, emptySnapshot } from '../support/snapshot-fixture';
import { renderWindow } from './render-window';

const many: SupportedExchange[] = Array.from({ length: 30 }, (_, i) => ({
  connectionId: `ex${i}`,
  name: `Exchange ${String(i).padStart(2, '0')}`,
  icon: '',
  connectionFields: [{ name: 'API key', key: 'apiKey' }],
}));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exchange picker', () => {
  it('scrolls the active option into view as the arrow keys move it', () => {
    // A spy on the DOM's own method: the browser, not our code, does the scrolling.
    const scrolled: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement, arg?: boolean | ScrollIntoViewOptions) {
      expect(arg).toEqual({ block: 'nearest' });
      scrolled.push(this.textContent ?? '');
    });
    renderWindow(<ExchangePicker exchanges={many} onPick={() => undefined} />);
    const search = screen.getByRole('combobox', { name: 'Exchange' });
    for (let i = 0; i < 12; i++) fireEvent.keyDown(search, { key: 'ArrowDown' });
    expect(scrolled.at(-1)).toMatch(/Exchange 12$/);
    expect(screen.getByRole('option', { name: 'Exchange 12' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(search, { key: 'ArrowUp' });
    expect(scrolled.at(-1)).toMatch(/Exchange 11$/);
  });

  it('reports aria-expanded from whether the list shows', () => {
    renderWindow(<ExchangePicker exchanges={SUPPORTED} onPick={() => undefined} />);
    const search = screen.getByRole('combobox', { name: 'Exchange' });
    expect(search.getAttribute('aria-expanded')).toBe('true');
    fireEvent.change(search, { target: { value: 'no-such-exchange' } });
    expect(search.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/No supported exchange matches/)).toBeTruthy();
  });

  it('Escape with a query clears it without hiding the popover; Escape on an empty box hides it', async () => {
    const { fake } = renderWindow(<PopoverApp />, { snapshot: emptySnapshot({ apiKey: { set: true, hint: '••••abcd' } }) });
    const search = await screen.findByRole('combobox', { name: 'Exchange' });
    fireEvent.change(search, { target: { value: 'kra' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);

    fireEvent.keyDown(search, { key: 'Escape' });
    expect((search as HTMLInputElement).value).toBe('');
    expect(screen.getAllByRole('option')).toHaveLength(SUPPORTED.length);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.effects).not.toContain('hidePopover');

    fireEvent.keyDown(search, { key: 'Escape' });
    await waitFor(() => expect(fake.effects).toContain('hidePopover'));
  });
});
