import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import credits from './es/credits.json';
import csv from './es/csv.json';
import errors from './es/errors.json';
import menu from './es/menu.json';
import notifications from './es/notifications.json';
import problems from './es/problems.json';
import settings from './es/settings.json';
import shortcut from './es/shortcut.json';
import system from './es/system.json';
import tray from './es/tray.json';
import updates from './es/updates.json';
import windows from './es/windows.json';

export default { ...basics, ...credits, ...csv, ...errors, ...menu, ...notifications, ...problems, ...settings, ...shortcut, ...system, ...tray, ...updates, ...windows } satisfies Record<MessageId, string>;
