import type { MessageId } from '../i18n';
import basics from './ja/basics.json';
import settings from './ja/settings.json';
import shortcut from './ja/shortcut.json';
import updates from './ja/updates.json';
import credits from './ja/credits.json';

export default { ...basics, ...settings, ...shortcut, ...updates, ...credits } satisfies Record<MessageId, string>;
