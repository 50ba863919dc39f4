// Screenshots and accessibility scans of a surface. Screenshots go to
// artifacts/screenshots/ (git-ignored) for people to look at; axe-core's
// serious and critical findings are what tests fail on.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
