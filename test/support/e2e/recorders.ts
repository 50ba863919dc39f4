// Tray and Notification, replaced by recorders that implement main's ports:
// the OS-facing calls main makes are kept in order so scenarios assert what
// the user would see (tray title, tooltip, menu, notifications), and tests
// fire the user's side (a tray click, a menu item, a notification click).
import type { Rect } from '../../../main/core/popover-position';
import type { MenuItemSpec, NotificationSpec, NotifierPort, TrayPort } from '../../../main/ports';

export type TrayCall =
  | { method: 'setImage'; file: string }
  | { method: 'setTitle'; title: string }
  | { method: 'setToolTip'; text: string }
  | { method: 'setMenu'; items: RecordedMenuItem[] };

/** A menu item as data (labels, enabled, checked), without its click function. */
export type RecordedMenuItem = Omit<MenuItemSpec, 'click'>;

const describeMenu = (items: readonly MenuItemSpec[]): RecordedMenuItem[] =>
  items.map(({ click: _click, ...rest }) => ({ ...rest }));

export class TrayRecorder implements TrayPort {
  readonly calls: TrayCall[] = [];
  private menu: MenuItemSpec[] = [];
  private readonly clickListeners = new Set<() => void>();

  /** Bounds to report; null is Linux, where the popover goes to the cursor. */
  constructor(private bounds: Rect | null = null) {}

  setImage(file: string): void {
    this.calls.push({ method: 'setImage', file });
  }

  setTitle(title: string): void {
    this.calls.push({ method: 'setTitle', title });
  }

  setToolTip(text: string): void {
    this.calls.push({ method: 'setToolTip', text });
  }

  setMenu(items: MenuItemSpec[]): void {
    this.menu = [...items];
    this.calls.push({ method: 'setMenu', items: describeMenu(items) });
  }

  getBounds(): Rect | null {
    return this.bounds;
  }

  onClick(listener: () => void): () => void {
    this.clickListeners.add(listener);
    return () => void this.clickListeners.delete(listener);
  }

  // --- test side -----------------------------------------------------------

  setBounds(bounds: Rect | null): void {
    this.bounds = bounds;
  }

  last<M extends TrayCall['method']>(method: M): Extract<TrayCall, { method: M }> | undefined {
    return this.calls.findLast((call): call is Extract<TrayCall, { method: M }> => call.method === method);
  }

  title(): string | undefined {
    return this.last('setTitle')?.title;
  }

  toolTip(): string | undefined {
    return this.last('setToolTip')?.text;
  }

  image(): string | undefined {
    return this.last('setImage')?.file;
  }

  menuItems(): RecordedMenuItem[] {
    return describeMenu(this.menu);
  }

  /** Everything the tray shows (title, tooltip, menu labels), for privacy and secret scans. */
  text(): string {
    return [this.title() ?? '', this.toolTip() ?? '', ...this.menu.map((item) => item.label ?? '')].join('\n');
  }

  /** The user's left click on the icon. */
  click(): void {
    for (const listener of [...this.clickListeners]) listener();
  }

  /** Clicks the menu item with this label (or id), as the user would. */
  clickMenuItem(labelOrId: string): void {
    const item = this.menu.find((entry) => entry.label === labelOrId || entry.id === labelOrId);
    const known = this.menu.map((entry) => entry.label ?? entry.type ?? '?').join(', ');
    if (!item) throw new Error(`No tray menu item "${labelOrId}". Items: ${known}`);
    if (item.enabled === false) throw new Error(`The tray menu item "${labelOrId}" is disabled.`);
    if (!item.click) throw new Error(`The tray menu item "${labelOrId}" has no click handler.`);
    item.click();
  }
}

export interface RecordedNotification {
  title: string;
  body: string;
  /** Fire the user's click, as the OS would. */
  click(): void;
}

export class NotificationRecorder implements NotifierPort {
  readonly shown: RecordedNotification[] = [];

  constructor(private readonly supported = true) {}

  isSupported(): boolean {
    return this.supported;
  }

  show(notification: NotificationSpec): void {
    const onClick = notification.onClick;
    this.shown.push({ title: notification.title, body: notification.body, click: () => onClick?.() });
  }

  titles(): string[] {
    return this.shown.map((notification) => notification.title);
  }

  /** Text of every notification, for privacy and secret scans. */
  text(): string {
    return this.shown.map((notification) => `${notification.title}\n${notification.body}`).join('\n');
  }
}
