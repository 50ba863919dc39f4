// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import basics from './en/basics.json';
import tray from './en/tray.json';
import menu from './en/menu.json';
import notifications from './en/notifications.json';
import csv from './en/csv.json';
import windows from './en/windows.json';
import system from './en/system.json';

export default { ...basics, ...tray, ...menu, ...notifications, ...csv, ...windows, ...system };
