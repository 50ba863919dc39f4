// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import basics from './en/basics.json';
import look from './en/look.json';
import popover from './en/popover.json';
import privacy from './en/privacy.json';
import standing from './en/standing.json';

export default { ...basics, ...look, ...popover, ...privacy, ...standing };
