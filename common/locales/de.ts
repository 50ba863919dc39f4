import type { MessageId } from '../i18n';
import basics from './de/basics.json';
import settings from './de/settings.json';
import shortcut from './de/shortcut.json';
import updates from './de/updates.json';
import credits from './de/credits.json';

export default { ...basics, ...settings, ...shortcut, ...updates, ...credits } satisfies Record<MessageId, string>;
