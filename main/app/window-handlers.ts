// The commands about what the user sees: state, refresh, history, export,
// windows, links, the demo, notices and alerts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { t } from '../../common/i18n';
import { privacyMasking } from '../../common/privacy';
import { holdingsCsv } from '../core/csv';
import { externalLinkDecision } from '../core/window-security';
import type { Handlers } from '../ipc/gate';
import type { AccountHandlers } from './account-handlers';
import type { ConnectionHandlers } from './connection-handlers';
import type { CredentialHandlers } from './credential-handlers';
import { AppError, type HandlerContext } from './handler-context';
import { catalogueOf } from './language';
import type { UpdateHandlers } from './update-handlers';

/** Every command not in the connection, credential, account and update groups. */
type WindowHandlers = Omit<Handlers, keyof ConnectionHandlers | keyof CredentialHandlers | keyof AccountHandlers | keyof UpdateHandlers>;

export function windowHandlers({ sessions, view, windows, system, downloadsDir, feed }: HandlerContext): WindowHandlers {
  // The file the last export wrote: "Show in folder" reveals only this, never a path a window names.
  let exported: string | null = null;
  return {
    getState: () => view.snapshot(),

    getCatalogue: ({ language }) => catalogueOf(language),

    refreshAll: async () => {
      await sessions.current().engine.refreshAll({ userInitiated: true });
    },

    queryHistory: ({ range }) => sessions.current().history.query(range),

    exportCsv: async () => {
      const snapshot = view.snapshot();
      const date = new Date().toISOString().slice(0, 10);
      const path = await system.showSaveDialog({
        defaultPath: join(downloadsDir, t('csv.fileName', { date })),
        filters: [{ name: t('windows.csvFiles'), extensions: ['csv'] }],
      });
      if (!path) return { saved: false };
      const csv = holdingsCsv({
        summary: snapshot.portfolio,
        connectionNames: Object.fromEntries(snapshot.connections.map((c) => [c.id, c.name])),
        currency: snapshot.settings.primaryCurrency,
        rates: snapshot.rates,
        masking: privacyMasking(snapshot.settings),
      });
      await writeFile(path, csv, { encoding: 'utf8', mode: 0o600 });
      exported = path;
      return { saved: true, path };
    },

    showExportInFolder: () => {
      if (!exported) throw new AppError('invalid_request', { problem: { id: 'nothing_exported' } });
      system.showItemInFolder(exported);
    },

    getFeedPath: () => ({ path: feed.path() }),

    showFeedInFolder: async () => {
      if (!sessions.current().store.getSettings().feedEnabled) throw new AppError('invalid_request', { problem: { id: 'feed_off' } });
      // Just turned on: the first write may still be on its way.
      await feed.whenIdle();
      system.showItemInFolder(feed.path());
    },

    openDetails: (request) => windows.openDetails(request?.tab),

    hidePopover: () => windows.hidePopover(),

    openExternal: async ({ url }) => {
      if (externalLinkDecision(url) !== 'open-in-browser') {
        throw new AppError('invalid_request', { problem: { id: 'not_a_web_link' } });
      }
      await system.openExternal(url);
    },

    startDemo: () => sessions.startDemo(),

    exitDemo: () => sessions.exitDemo(),

    dismissNotice: ({ id }) => view.dismissNotice(id),

    quit: () => system.quit(),

    updateAlerts: (patch) => {
      const config = sessions.current().store.updateAlerts(patch);
      view.changed();
      return config;
    },
  };
}
