import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import details from './ja/details.json';
import exchanges from './ja/exchanges.json';
import history from './ja/history.json';
import holdings from './ja/holdings.json';
import keys from './ja/keys.json';

export default { ...basics, ...details, ...exchanges, ...history, ...holdings, ...keys } satisfies Record<MessageId, string>;
