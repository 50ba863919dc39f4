// Screenshots and accessibility scans of a surface. Screenshots go to
// artifacts/screenshots/ (git-ignored) for people to look at; axe-core's
// serious and critical findings are what tests fail on.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { AXE_SCRIPT, SCREENSHOT_DIR } from './paths';

export type ColorScheme = 'light' | 'dark';

/** Writes artifacts/screenshots/<name>-<scheme>.png (or <name>.png) and returns its path. */
export async function screenshot(page: Page, name: string, options: { colorScheme?: ColorScheme; fullPage?: boolean } = {}): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Screenshot names are kebab-case: got "${name}"`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  const file = join(SCREENSHOT_DIR, options.colorScheme ? `${name}-${options.colorScheme}.png` : `${name}.png`);
  // Let a theme change repaint before capturing.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled' });
  return file;
}

/** Both themes: `<name>-light.png` and `<name>-dark.png`. */
export async function screenshotBothThemes(page: Page, name: string): Promise<string[]> {
  const files = [await screenshot(page, name, { colorScheme: 'light' }), await screenshot(page, name, { colorScheme: 'dark' })];
  await page.emulateMedia({ colorScheme: null });
  return files;
}

/** Screenshots `<name>-light.png` and `<name>-dark.png`; axe must find nothing serious in either theme. */
export async function checkSurface(page: Page, name: string): Promise<{ light: string; dark: string }> {
  const files: Record<ColorScheme, string> = { light: '', dark: '' };
  // The pointer rests where the last click was; a hover highlight is not the surface.
  await page.mouse.move(0, 0);
  for (const scheme of ['light', 'dark'] as const) {
    files[scheme] = await screenshot(page, name, { colorScheme: scheme });
    const findings = await axeViolations(page);
    expect(findings, `${name} (${scheme}):\n${formatAxeFindings(findings)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
  return files;
}

/**
 * Fails unless `locator`'s box lies wholly inside the page's viewport as it
 * is now (nothing scrolled into view first), and not cut by an ancestor that
 * scrolls or clips: what a person sees at a glance.
 */
export async function expectInViewport(locator: Locator, what: string): Promise<void> {
  const page = locator.page();
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('expectInViewport: the page has no fixed viewport');
  const box = await locator.boundingBox();
  expect(box, `${what}: not rendered`).not.toBeNull();
  const { x, y, width, height } = box!;
  const inside = x >= 0 && y >= 0 && x + width <= viewport.width + 0.5 && y + height <= viewport.height + 0.5;
  expect(inside, `${what}: box ${JSON.stringify(box)} is outside the ${viewport.width}×${viewport.height} viewport`).toBe(true);
  // A box inside the viewport can still be scrolled or clipped away by a scrolling ancestor.
  const clipped = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5 || r.left < c.left - 0.5 || r.right > c.right + 0.5) return true;
    }
    return false;
  });
  expect(clipped, `${what}: cut off by a scrolling or clipping ancestor`).toBe(false);
}

/** Fails when an element's content is wider than its box (a figure that overflows, clipped or not). */
export async function expectNoOverflow(locator: Locator, what: string): Promise<void> {
  const widths = await locator.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll, `${what}: content ${widths.scroll} px in a ${widths.client} px box`).toBeLessThanOrEqual(widths.client);
}

let axeText: Promise<string> | null = null;
const axeSource = (): Promise<string> => (axeText ??= readFile(AXE_SCRIPT, 'utf8'));

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

interface AxeResultsLike {
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** Runs axe-core in the page; returns the serious and critical violations (empty when clean). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol rather than a <script> tag: the
  // app's strict CSP (rightly) refuses inline scripts, and must stay on.
  if (!loaded) await page.evaluate(`${await axeSource()}\n;void 0;`);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context?: unknown, options?: unknown): Promise<unknown> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })) as unknown;
  });
  return (results as AxeResultsLike).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
}

/** Readable one-line-per-finding text for an assertion message. */
export function formatAxeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((finding) => `${finding.impact} ${finding.id}: ${finding.help} — ${finding.targets.join(', ')}`).join('\n');
}
