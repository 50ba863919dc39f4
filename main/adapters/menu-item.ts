// Thin adapter: our electron-free MenuItemSpec to Electron's menu template.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuItemSpec } from '../ports';

export function toElectronItem(item: MenuItemSpec): MenuItemConstructorOptions {
  const options: MenuItemConstructorOptions = item.submenu ? { type: 'submenu' } : { type: item.type ?? 'normal' };
  if (item.id !== undefined) options.id = item.id;
  if (item.label !== undefined) options.label = item.label;
  if (item.role !== undefined) options.role = item.role;
  if (item.enabled !== undefined) options.enabled = item.enabled;
  if (item.checked !== undefined) options.checked = item.checked;
  if (item.accelerator !== undefined) options.accelerator = item.accelerator;
  if (item.submenu) options.submenu = item.submenu.map(toElectronItem);
  if (item.click) {
    const click = item.click;
    options.click = () => click();
  }
  return options;
}
