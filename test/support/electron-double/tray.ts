// Electron's Tray (docs/api/tray.md, shell/browser/api/electron_api_tray.cc)
// with what each desktop does on a click: macOS opens a set context menu on
// left click too (electron/electron#24196); Windows opens it on right click;
// Linux's StatusNotifierItem hosts may never send a click; a desktop without
// a StatusNotifierItem host shows no icon at all.
import { EventEmitter } from 'node:events';
import type { NativeImage, Point, Rectangle, Tray } from 'electron';
import { preventableEvent } from './electron-event';
import type { MenuDouble } from './menu';
import { NativeImageDouble } from './system';
import type { DesktopWorld } from './world';

type TrayMembers = Pick<Tray, 'setImage' | 'setTitle' | 'getTitle' | 'setToolTip' | 'setContextMenu' | 'popUpContextMenu' | 'getBounds' | 'destroy' | 'isDestroyed'>;

export class TrayDouble extends EventEmitter implements TrayMembers {
  image: NativeImageDouble;
  title = '';
  toolTip = '';
  contextMenu: MenuDouble | null = null;
  /** The menu on screen right now, opened by a click or popUpContextMenu. */
  openMenu: MenuDouble | null = null;
  private destroyed = false;

  constructor(private readonly world: DesktopWorld, image: NativeImage | string, onCreate: (tray: TrayDouble) => void) {
    super();
    world.requireReady('Cannot create Tray before app is ready');
    world.touch('new Tray');
    this.image = NativeImageDouble.from(image);
    onCreate(this);
  }

  private alive(method: string): void {
    // electron_api_tray.cc: every call on a destroyed tray throws "Tray is destroyed".
    if (this.destroyed) throw new Error('Tray is destroyed');
    this.world.touch(`Tray.${method}`);
  }

  setImage(image: NativeImage | string): void {
    this.alive('setImage');
    this.image = NativeImageDouble.from(image);
  }

  setTitle(title: string): void {
    this.alive('setTitle');
    // tray.md: setTitle is _macOS_; elsewhere nothing is drawn.
    if (this.world.platform.trayTitles) this.title = title;
  }

  getTitle(): string {
    return this.title;
  }

  setToolTip(toolTip: string): void {
    this.alive('setToolTip');
    this.toolTip = toolTip;
  }

  setContextMenu(menu: Electron.Menu | null): void {
    this.alive('setContextMenu');
    this.contextMenu = menu as unknown as MenuDouble | null;
  }

  popUpContextMenu(menu?: Electron.Menu, _position?: Point): void {
    this.alive('popUpContextMenu');
    // tray.md: popUpContextMenu is _macOS_ _Windows_.
    if (this.world.platform.processPlatform === 'linux') {
      this.world.record({ kind: 'ignored', api: 'Tray.popUpContextMenu', why: 'not available on Linux (tray.md)' });
      return;
    }
    const shown = (menu as unknown as MenuDouble | undefined) ?? this.contextMenu;
    if (shown) this.show(shown, 'popUpContextMenu');
  }

  getBounds(): Rectangle {
    this.alive('getBounds');
    return { ...this.world.platform.trayBounds };
  }

  destroy(): void {
    this.destroyed = true;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Whether a user can see (and so click) the icon at all. */
  visibleToUser(): boolean {
    return !this.destroyed && this.world.platform.trayHost && !this.image.isEmpty();
  }

  /** Test side: the user clicks the icon. Focus leaves the app's windows first (the panel takes it). */
  userClick(button: 'left' | 'right'): void {
    if (!this.visibleToUser()) throw new Error('Electron double: there is no tray icon on screen to click on this desktop');
    this.world.userInput();
    this.world.blur();
    this.world.cursor = { ...this.world.platform.trayClickPoint };
    const bounds = this.world.platform.trayBounds;
    const position = this.world.platform.trayClickPoint;
    const model = this.world.platform.trayClick;
    if (button === 'left') {
      if (model !== 'menu-only') this.emit('click', preventableEvent(), bounds, position);
      // macOS opens a set context menu on any click; the AppIndicator host opens it instead of activating.
      if (model !== 'click' && this.contextMenu) this.show(this.contextMenu, 'tray-click');
      return;
    }
    // 'right-click' is _macOS_ _Windows_ (tray.md); a Linux host just opens the menu.
    if (model !== 'menu-only') this.emit('right-click', preventableEvent(), bounds);
    if (this.contextMenu && !this.openMenu) this.show(this.contextMenu, 'tray-right-click');
  }

  private show(menu: MenuDouble, source: 'tray-click' | 'tray-right-click' | 'popUpContextMenu'): void {
    this.openMenu = menu;
    this.world.record({ kind: 'menu-opened', source, items: menu.labels() });
  }

  /** Test side: pick an item of the open menu by id (the menu closes, as native menus do). */
  pick(id: string, roleAction: (role: string) => void): void {
    const menu = this.openMenu;
    if (!menu) throw new Error('Electron double: no tray menu is open');
    const item = menu.flat().find((candidate) => candidate.id === id);
    if (!item) throw new Error(`Electron double: the open menu has no item "${id}" (it has ${menu.labels().join(', ')})`);
    this.openMenu = null;
    item.activate(this.world, roleAction);
  }

  dismissMenu(): void {
    this.openMenu = null;
  }
}
