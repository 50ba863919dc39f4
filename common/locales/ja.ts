import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import tray from './ja/tray.json';
import menu from './ja/menu.json';
import notifications from './ja/notifications.json';
import csv from './ja/csv.json';
import windows from './ja/windows.json';
import system from './ja/system.json';

export default { ...basics, ...tray, ...menu, ...notifications, ...csv, ...windows, ...system } satisfies Record<MessageId, string>;
