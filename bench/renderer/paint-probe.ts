// In-page timing for the Chromium benches. "Painted" means: the DOM shows the
// expected state (seen by a MutationObserver right after React's commit), then
// the next animation frame ran its style, layout and paint, and a task posted
// from that frame's rAF callback ran (it cannot run before the frame's paint
// step ends). Start times are either performance.now() right before an in-page
// push, or the timeStamp of the trusted input event that started the action.
// Frames are counted the way a person sees them: animation frames from the
// start (the push, the input event) to the one that painted the state, that
// one included; 1 is "the very next frame", whatever the wait for it was.
import type { Page } from 'playwright-core';

/** Every check must hold for `document.querySelector(selector)`. */
export interface Check {
  selector: string;
  text?: string;
  id?: string;
  attribute?: readonly [name: string, value: string];
}

export interface Timing {
  /** Milliseconds from the start to the frame that painted the expected state. */
  ms: number;
  /** Animation frames from the start to the one that painted it, that one included. */
  frames: number;
}

type Painted = { end: number; frames: number };

type Probe = {
  whenPainted(checks: Check[], timeoutMs: number): Promise<Painted>;
  holds(checks: Check[]): boolean;
  /** From now on, count animation frames (the count restarts at 0). */
  countFrames(): void;
  pending: Promise<{ start: number } & Painted> | null;
};

// tsx compiles with esbuild's keepNames, which wraps functions in `__name(...)`.
// Functions we (and the e2e preload shim) stringify into the page need it too.
export const KEEP_NAMES_SHIM = 'Object.defineProperty(globalThis, "__name", { value: (target) => target, configurable: true });';

export async function installPaintProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const holds = (checks: Check[]): boolean =>
      checks.every((check) => {
        const el = document.querySelector(check.selector);
        if (!el) return false;
        if (check.text !== undefined && el.textContent !== check.text) return false;
        if (check.id !== undefined && el.id !== check.id) return false;
        if (check.attribute && el.getAttribute(check.attribute[0]) !== check.attribute[1]) return false;
        return true;
      });
    // A rAF loop started at the start: it was registered before the paint's own
    // rAF below, so in the painting frame it has already counted that frame.
    let frames = 0;
    let counting = 0;
    const countFrames = (): void => {
      const run = ++counting;
      frames = 0;
      const tick = (): void => {
        if (run !== counting) return;
        frames += 1;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    };
    const afterNextPaint = (resolve: (painted: Painted) => void): void => {
      requestAnimationFrame(() => {
        const seen = frames;
        counting += 1; // stops the loop
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ end: performance.now(), frames: seen });
        channel.port2.postMessage(null);
      });
    };
    const probe: Probe = {
      holds,
      countFrames,
      pending: null,
      whenPainted(checks, timeoutMs) {
        if (holds(checks)) return Promise.reject(new Error(`bench: the expected state is on screen before the action: ${JSON.stringify(checks)}`));
        return new Promise<Painted>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            if (!holds(checks)) return;
            observer.disconnect();
            clearTimeout(timer);
            afterNextPaint(resolve);
          });
          observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`bench: the page never showed ${JSON.stringify(checks)} within ${timeoutMs} ms`));
          }, timeoutMs);
        });
      },
    };
    const host = window as unknown as { __benchProbe: Probe; __benchStaged: Record<string, string> };
    host.__benchProbe = probe;
    host.__benchStaged = {};
  });
}

/** Delivers a staged state push through the preload's listener and times it to the painted `checks`. */
export async function timePush(page: Page, opts: { dispatch: string; channel: string; staged: string; checks: Check[] }): Promise<Timing> {
  return page.evaluate(async ({ dispatch, channel, staged, checks }) => {
    const host = window as unknown as { __benchProbe: Probe; __benchStaged: Record<string, string> } & Record<string, unknown>;
    const json = host.__benchStaged[staged];
    const deliver = host[dispatch] as ((channel: string, json: string) => number) | undefined;
    if (json === undefined || !deliver) throw new Error(`bench: nothing staged as ${staged}, or the preload shim is missing`);
    const painted = host.__benchProbe.whenPainted(checks, 10_000);
    host.__benchProbe.countFrames();
    const start = performance.now();
    if (deliver(channel, json) === 0) throw new Error('bench: no listener took the state push');
    const { end, frames } = await painted;
    return { ms: end - start, frames };
  }, opts);
}

/**
 * Arms a measurement started by the next trusted `eventType` event (a real
 * click or key press from the harness), then runs `act`, then waits for paint.
 */
export async function timeInput(page: Page, opts: { eventType: 'click' | 'keydown'; checks: Check[] }, act: () => Promise<void>): Promise<Timing> {
  await page.evaluate(({ eventType, checks }) => {
    const probe = (window as unknown as { __benchProbe: Probe }).__benchProbe;
    const started = new Promise<number>((resolve) =>
      window.addEventListener(
        eventType,
        (event) => {
          probe.countFrames();
          resolve(event.timeStamp);
        },
        { capture: true, once: true },
      ),
    );
    const painted = probe.whenPainted(checks, 10_000);
    probe.pending = Promise.all([started, painted]).then(([start, { end, frames }]) => ({ start, end, frames }));
  }, opts);
  await act();
  const { start, end, frames } = await page.evaluate(() => {
    const probe = (window as unknown as { __benchProbe: Probe }).__benchProbe;
    if (!probe.pending) throw new Error('bench: no measurement armed');
    return probe.pending;
  });
  return { ms: end - start, frames };
}

/**
 * Waits (untimed) until `checks` hold and a frame has painted them, then idles
 * `gapMs`: the reset between runs. A gap that varies across runs starts each
 * run at a different point of the 60 Hz frame cycle, as a click or a push
 * would in use; without it every run would start right after a frame and wait
 * out almost a whole frame interval.
 */
export async function settle(page: Page, checks: Check[], gapMs = 0): Promise<void> {
  await page.evaluate(
    async ([list, gap]) => {
      const probe = (window as unknown as { __benchProbe: Probe }).__benchProbe;
      if (!probe.holds(list)) await probe.whenPainted(list, 10_000);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, gap)));
    },
    [checks, gapMs] as const,
  );
}

/** Idle gaps of 20–60 ms, spread evenly over a frame interval (seeded, so runs repeat). */
export function gaps(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return 20 + (state / 2 ** 32) * 40;
  };
}
