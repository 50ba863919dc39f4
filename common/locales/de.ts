import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import tray from './de/tray.json';
import menu from './de/menu.json';
import notifications from './de/notifications.json';
import csv from './de/csv.json';
import windows from './de/windows.json';
import system from './de/system.json';

export default { ...basics, ...tray, ...menu, ...notifications, ...csv, ...windows, ...system } satisfies Record<MessageId, string>;
