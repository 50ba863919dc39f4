// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import basics from './en/basics.json';
import shared from './en/shared.json';

export default { ...basics, ...shared };
