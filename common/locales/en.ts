// English, the language every other catalogue is checked against
// (test/core/catalogues.test.ts). One file per part of the app, each id
// starting with its file's name; every language has the same files.
import basics from './en/basics.json';
import details from './en/details.json';
import exchanges from './en/exchanges.json';
import history from './en/history.json';
import holdings from './en/holdings.json';
import keys from './en/keys.json';

export default { ...basics, ...details, ...exchanges, ...history, ...holdings, ...keys };
