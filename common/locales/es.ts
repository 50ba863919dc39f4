import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import tray from './es/tray.json';
import menu from './es/menu.json';
import notifications from './es/notifications.json';
import csv from './es/csv.json';
import windows from './es/windows.json';
import system from './es/system.json';

export default { ...basics, ...tray, ...menu, ...notifications, ...csv, ...windows, ...system } satisfies Record<MessageId, string>;
