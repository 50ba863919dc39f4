// Launches the Debian Chromium that playwright-core drives for the end-to-end
// suite. One browser per test file; each test gets its own context, so
// nothing (storage, routes, bindings) leaks between tests.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's package path; `TALLYBAR_CHROMIUM` overrides it on other machines. */
export const CHROMIUM_PATH = process.env.TALLYBAR_CHROMIUM ?? '/usr/bin/chromium';

// No --user-data-dir: playwright gives every launch a fresh temporary profile.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Electron lets file:// pages load their own ES modules and stylesheets;
  // plain Chromium treats each file as origin "null" and blocks them via CORS.
  '--allow-file-access-from-files',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install it with \`apt-get install -y --no-install-recommends chromium\`, or point TALLYBAR_CHROMIUM at a Chromium binary.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** Call at the top of a test file: one browser for the file, closed after it. */
export function useChromium(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  return () => {
    if (!browser) throw new Error('useChromium(): the browser is only available inside tests and hooks that run after beforeAll.');
    return browser;
  };
}
