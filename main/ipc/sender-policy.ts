// Who may invoke: a window we created, showing our own page in its top frame.
// The same check electron/fiddle's gate does; a page that navigated away (or an
// iframe, or a frame already torn down) gets nothing.
import type { InvokeEventLike } from './invoke-event';

export type SenderVerdict = 'ok' | 'no_frame' | 'sub_frame' | 'unknown_window' | 'foreign_url';

export function judgeSender(
  event: InvokeEventLike,
  opts: { windowIds: () => Iterable<number>; appUrl: (url: string) => boolean },
): SenderVerdict {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return 'no_frame';
  // `parent` is null only for a top frame; a frame we cannot tell about is refused.
  if (frame.parent !== undefined && frame.parent !== null) return 'sub_frame';
  let known = false;
  for (const id of opts.windowIds()) {
    if (id === event.sender.id) {
      known = true;
      break;
    }
  }
  if (!known) return 'unknown_window';
  return opts.appUrl(frame.url) ? 'ok' : 'foreign_url';
}

export function createSenderPolicy(opts: {
  windowIds: () => Iterable<number>;
  appUrl: (url: string) => boolean;
}): (event: InvokeEventLike) => boolean {
  return (event) => {
    try {
      return judgeSender(event, opts) === 'ok';
    } catch {
      // Reading a destroyed frame can throw in Electron: no frame, no access.
      return false;
    }
  };
}
