// Electron's Menu and MenuItem, from lib/browser/api/menu.ts and menu-item.ts:
// a template item needs a label, a role or a type; a checkbox flips before
// its click runs; clicks get (menuItem, focusedWindow, event).
import type { Menu, MenuItem, MenuItemConstructorOptions } from 'electron';
import type { DesktopWorld } from './world';

export class MenuItemDouble implements Pick<MenuItem, 'id' | 'label' | 'type' | 'enabled' | 'checked' | 'accelerator' | 'visible'> {
  readonly id: string;
  readonly label: string;
  readonly type: MenuItem['type'];
  readonly role: MenuItemConstructorOptions['role'];
  readonly accelerator: string;
  readonly submenu: MenuDouble | undefined;
  enabled: boolean;
  checked: boolean;
  visible: boolean;
  private readonly onClick: MenuItemConstructorOptions['click'];

  constructor(options: MenuItemConstructorOptions) {
    if (options.label === undefined && options.role === undefined && options.type === undefined) {
      throw new Error('Invalid template for MenuItem: must have at least one of label, role or type');
    }
    this.id = options.id ?? '';
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.role = options.role;
    this.accelerator = typeof options.accelerator === 'string' ? options.accelerator : '';
    this.enabled = options.enabled ?? true;
    this.checked = options.checked ?? false;
    this.visible = options.visible ?? true;
    this.onClick = options.click;
    const submenu = options.submenu;
    this.submenu = submenu === undefined ? undefined : submenu instanceof MenuDouble ? submenu : new MenuDouble(submenu as MenuItemConstructorOptions[]);
  }

  /** What a user's click does (MenuItem.click in lib/browser/api/menu-item.ts). */
  activate(world: DesktopWorld, roleAction: (role: NonNullable<MenuItemConstructorOptions['role']>) => void): void {
    if (!this.enabled || !this.visible) throw new Error(`Electron double: "${this.label || this.role}" is disabled; a user cannot click it`);
    world.touch('MenuItem.click');
    if (this.type === 'checkbox') this.checked = !this.checked;
    if (this.role && !this.onClick) roleAction(this.role);
    this.onClick?.(this as unknown as MenuItem, undefined, { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, triggeredByAccelerator: false });
  }
}

export class MenuDouble implements Pick<Menu, 'getMenuItemById'> {
  readonly items: MenuItemDouble[];

  constructor(template: MenuItemConstructorOptions[] = []) {
    this.items = template.map((item) => new MenuItemDouble(item));
  }

  static buildFromTemplate(template: Array<MenuItemConstructorOptions | MenuItem>): MenuDouble {
    return new MenuDouble(template as MenuItemConstructorOptions[]);
  }

  getMenuItemById(id: string): MenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item as unknown as MenuItem;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }

  /** Every item, depth first (for finding roles and accelerators). */
  flat(): MenuItemDouble[] {
    return this.items.flatMap((item) => [item, ...(item.submenu?.flat() ?? [])]);
  }

  labels(): string[] {
    return this.items.filter((item) => item.type !== 'separator').map((item) => item.label);
  }
}
