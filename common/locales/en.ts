// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import basics from './en/basics.json';
import credits from './en/credits.json';
import errors from './en/errors.json';
import problems from './en/problems.json';
import settings from './en/settings.json';
import shortcut from './en/shortcut.json';
import updates from './en/updates.json';

export default { ...basics, ...credits, ...errors, ...problems, ...settings, ...shortcut, ...updates };
