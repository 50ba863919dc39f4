// What the command handlers work with: the current session, the view they
// change, the windows they open and the OS services they call.
import type { DetailsTab } from '../../common/contract';
import { TallybarError } from '../../common/tallybar-error';
import type { AppSnapshot, ConnectionView } from '../../common/types';
import type { UpdatesController } from '../controllers/updates';
import type { SystemPort } from '../ports';
import type { Session } from './session';

/** An error a command answers with on purpose: a code and facts, worded by error-words. */
export class AppError extends TallybarError {
  override name = 'AppError';
}

export interface HandlerContext {
  sessions: {
    current(): Session;
    /** A new session on the same data (after the API base URL changed). */
    reload(): Promise<void>;
    startDemo(): Promise<void>;
    exitDemo(): Promise<void>;
  };
  view: {
    snapshot(): AppSnapshot;
    /** Push a new snapshot soon. */
    changed(): void;
    /** Re-read masked hints from the vault and push a new snapshot. */
    secretsChanged(): Promise<void>;
    connectionView(id: string): ConnectionView;
    dismissNotice(id: string): void;
  };
  windows: {
    openDetails(tab?: DetailsTab): void;
    hidePopover(): void;
  };
  system: Pick<SystemPort, 'openExternal' | 'showSaveDialog' | 'showItemInFolder' | 'setLaunchAtLogin' | 'quit'>;
  /** Throws an AppError saying why, when CoinStats does not answer at `url`. */
  probeBaseUrl(url: string): Promise<void>;
  downloadsDir: string;
  /** The status-bar feed's file, and when what was asked of it is on disk. */
  feed: { path(): string; whenIdle(): Promise<void> };
  updates: Pick<UpdatesController, 'state' | 'checkNow' | 'download' | 'install'>;
}
