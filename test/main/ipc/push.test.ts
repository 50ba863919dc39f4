import { describe, expect, it } from 'vitest';
import { createPusher, type PushTarget } from '../../../main/ipc/push';
import { snapshot } from './harness';

class RecordingTarget implements PushTarget {
  readonly sent: [string, unknown][] = [];
  constructor(
    private destroyed = false,
    private failing = false,
  ) {}
  send(channel: string, payload: unknown): void {
    if (this.failing) throw new Error('Render frame was disposed');
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

describe('createPusher', () => {
  it('sends the event on its channel to every live window, skipping destroyed and failing ones', () => {
    const live = new RecordingTarget();
    const gone = new RecordingTarget(true);
    const broken = new RecordingTarget(false, true);
    const other = new RecordingTarget();
    const logs: string[] = [];
    const pusher = createPusher({ targets: () => [live, gone, broken, other], log: (l) => logs.push(l) });
    const state = snapshot();
    expect(pusher.push('state', state)).toBe(2);
    expect(live.sent).toEqual([['tallybar:event:state', state]]);
    expect(other.sent).toEqual([['tallybar:event:state', state]]);
    expect(gone.sent).toEqual([]);
    expect(logs).toEqual(['ipc: could not push state to a window']);
  });

  it('asks for the targets on every push (windows come and go)', () => {
    const windows: RecordingTarget[] = [];
    const pusher = createPusher({ targets: () => windows });
    expect(pusher.push('navigate', { tab: 'history' })).toBe(0);
    windows.push(new RecordingTarget());
    expect(pusher.push('navigate', { tab: 'history' })).toBe(1);
    expect(windows[0]?.sent).toEqual([['tallybar:event:navigate', { tab: 'history' }]]);
  });
});
