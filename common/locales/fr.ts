import type { MessageId } from '../i18n';
import basics from './fr/basics.json';
import details from './fr/details.json';
import exchanges from './fr/exchanges.json';
import history from './fr/history.json';
import holdings from './fr/holdings.json';
import keys from './fr/keys.json';

export default { ...basics, ...details, ...exchanges, ...history, ...holdings, ...keys } satisfies Record<MessageId, string>;
