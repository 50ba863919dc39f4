import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import credits from './ja/credits.json';
import csv from './ja/csv.json';
import errors from './ja/errors.json';
import menu from './ja/menu.json';
import notifications from './ja/notifications.json';
import problems from './ja/problems.json';
import settings from './ja/settings.json';
import shortcut from './ja/shortcut.json';
import system from './ja/system.json';
import tray from './ja/tray.json';
import updates from './ja/updates.json';
import windows from './ja/windows.json';

export default { ...basics, ...credits, ...csv, ...errors, ...menu, ...notifications, ...problems, ...settings, ...shortcut, ...system, ...tray, ...updates, ...windows } satisfies Record<MessageId, string>;
