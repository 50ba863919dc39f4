// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import basics from './en/basics.json';
import credits from './en/credits.json';
import csv from './en/csv.json';
import errors from './en/errors.json';
import menu from './en/menu.json';
import notifications from './en/notifications.json';
import problems from './en/problems.json';
import settings from './en/settings.json';
import shortcut from './en/shortcut.json';
import system from './en/system.json';
import tray from './en/tray.json';
import updates from './en/updates.json';
import windows from './en/windows.json';

export default { ...basics, ...credits, ...csv, ...errors, ...menu, ...notifications, ...problems, ...settings, ...shortcut, ...system, ...tray, ...updates, ...windows };
