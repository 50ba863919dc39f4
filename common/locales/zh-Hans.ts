import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import credits from './zh-Hans/credits.json';
import csv from './zh-Hans/csv.json';
import errors from './zh-Hans/errors.json';
import menu from './zh-Hans/menu.json';
import notifications from './zh-Hans/notifications.json';
import problems from './zh-Hans/problems.json';
import settings from './zh-Hans/settings.json';
import shortcut from './zh-Hans/shortcut.json';
import system from './zh-Hans/system.json';
import tray from './zh-Hans/tray.json';
import updates from './zh-Hans/updates.json';
import windows from './zh-Hans/windows.json';

export default { ...basics, ...credits, ...csv, ...errors, ...menu, ...notifications, ...problems, ...settings, ...shortcut, ...system, ...tray, ...updates, ...windows } satisfies Record<MessageId, string>;
