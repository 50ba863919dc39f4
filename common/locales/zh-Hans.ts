import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import tray from './zh-Hans/tray.json';
import menu from './zh-Hans/menu.json';
import notifications from './zh-Hans/notifications.json';
import csv from './zh-Hans/csv.json';
import windows from './zh-Hans/windows.json';
import system from './zh-Hans/system.json';

export default { ...basics, ...tray, ...menu, ...notifications, ...csv, ...windows, ...system } satisfies Record<MessageId, string>;
