// Types for ./start-plan.mjs (plain JavaScript so `npm start` needs no compiler).

export interface StartStep {
  name: 'install' | 'build' | 'launch' | 'dev';
  command: string;
  args: string[];
  /** Added to the inherited environment. */
  env?: Record<string, string>;
}

export interface StartFacts {
  platform: NodeJS.Platform | 'mas';
  dev: boolean;
  /** Arguments for the app (after `--dev`, if any). */
  args: string[];
  execPath: string;
  appDir: string;
  electronDir: string;
  electronViteBin: string;
  electronBinary: string;
  installed: boolean;
}

export function electronPlatformPath(platform: string): string;
export function pathFor(platform: string): typeof import('node:path').posix;
export function electronBinaryPath(opts: {
  platform: string;
  electronDir: string;
  pathTxt?: string | undefined;
  overrideDistPath?: string | undefined;
}): string;
export function binEntry(
  packageJson: { name?: string; bin?: string | Record<string, string> },
  packageDir: string,
  name: string,
  platform: string,
): string;
export function startPlan(facts: StartFacts): StartStep[];
