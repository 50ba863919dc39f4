import type { MessageId } from '../i18n';
import basics from './es/basics.json';
import details from './es/details.json';
import exchanges from './es/exchanges.json';
import history from './es/history.json';
import holdings from './es/holdings.json';
import keys from './es/keys.json';

export default { ...basics, ...details, ...exchanges, ...history, ...holdings, ...keys } satisfies Record<MessageId, string>;
