import type { MessageId } from '../i18n';
import basics from './zh-Hans/basics.json';
import settings from './zh-Hans/settings.json';
import shortcut from './zh-Hans/shortcut.json';
import updates from './zh-Hans/updates.json';
import credits from './zh-Hans/credits.json';

export default { ...basics, ...settings, ...shortcut, ...updates, ...credits } satisfies Record<MessageId, string>;
