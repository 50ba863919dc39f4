import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import credits from './fr/credits.json';
import csv from './fr/csv.json';
import errors from './fr/errors.json';
import menu from './fr/menu.json';
import notifications from './fr/notifications.json';
import problems from './fr/problems.json';
import settings from './fr/settings.json';
import shortcut from './fr/shortcut.json';
import system from './fr/system.json';
import tray from './fr/tray.json';
import updates from './fr/updates.json';
import windows from './fr/windows.json';

export default { ...basics, ...credits, ...csv, ...errors, ...menu, ...notifications, ...problems, ...settings, ...shortcut, ...system, ...tray, ...updates, ...windows } satisfies Record<MessageId, string>;
