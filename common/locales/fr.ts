import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import tray from './fr/tray.json';
import menu from './fr/menu.json';
import notifications from './fr/notifications.json';
import csv from './fr/csv.json';
import windows from './fr/windows.json';
import system from './fr/system.json';

export default { ...basics, ...tray, ...menu, ...notifications, ...csv, ...windows, ...system } satisfies Record<MessageId, string>;
