import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import details from './de/details.json';
import exchanges from './de/exchanges.json';
import history from './de/history.json';
import holdings from './de/holdings.json';
import keys from './de/keys.json';

export default { ...basics, ...details, ...exchanges, ...history, ...holdings, ...keys } satisfies Record<MessageId, string>;
