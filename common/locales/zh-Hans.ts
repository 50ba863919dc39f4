import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import details from './zh-Hans/details.json';
import exchanges from './zh-Hans/exchanges.json';
import history from './zh-Hans/history.json';
import holdings from './zh-Hans/holdings.json';
import keys from './zh-Hans/keys.json';

export default { ...basics, ...details, ...exchanges, ...history, ...holdings, ...keys } satisfies Record<MessageId, string>;
