import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import credits from './de/credits.json';
import csv from './de/csv.json';
import errors from './de/errors.json';
import menu from './de/menu.json';
import notifications from './de/notifications.json';
import problems from './de/problems.json';
import settings from './de/settings.json';
import shortcut from './de/shortcut.json';
import system from './de/system.json';
import tray from './de/tray.json';
import updates from './de/updates.json';
import windows from './de/windows.json';

export default { ...basics, ...credits, ...csv, ...errors, ...menu, ...notifications, ...problems, ...settings, ...shortcut, ...system, ...tray, ...updates, ...windows } satisfies Record<MessageId, string>;
