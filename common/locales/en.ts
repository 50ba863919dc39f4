// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import alerts from './en/alerts.json';
import answers from './en/answers.json';
import basics from './en/basics.json';
import credits from './en/credits.json';
import csv from './en/csv.json';
import details from './en/details.json';
import errors from './en/errors.json';
import exchanges from './en/exchanges.json';
import history from './en/history.json';
import holdings from './en/holdings.json';
import keys from './en/keys.json';
import look from './en/look.json';
import menu from './en/menu.json';
import notifications from './en/notifications.json';
import popover from './en/popover.json';
import privacy from './en/privacy.json';
import problems from './en/problems.json';
import settings from './en/settings.json';
import shared from './en/shared.json';
import shortcut from './en/shortcut.json';
import standing from './en/standing.json';
import system from './en/system.json';
import tray from './en/tray.json';
import updates from './en/updates.json';
import windows from './en/windows.json';

export default { ...alerts, ...answers, ...basics, ...credits, ...csv, ...details, ...errors, ...exchanges, ...history, ...holdings, ...keys, ...look, ...menu, ...notifications, ...popover, ...privacy, ...problems, ...settings, ...shared, ...shortcut, ...standing, ...system, ...tray, ...updates, ...windows };
