// The commands about the user's CoinStats account and settings: the API key,
// forgetting every secret, settings and credits.
import type { Handlers } from '../ipc/gate';
import { parseSettingsPatch } from '../services/settings-schema';
import { requireSecrets } from './credential-handlers';
import type { HandlerContext } from './handler-context';

export type AccountHandlers = Pick<
  Handlers,
  'setApiKey' | 'clearApiKey' | 'forgetAllSecrets' | 'getSettings' | 'updateSettings' | 'getCredits'
>;

export function accountHandlers({ sessions, view, system, probeBaseUrl }: HandlerContext): AccountHandlers {
  return {
    setApiKey: async ({ key }) => {
      const session = sessions.current();
      await requireSecrets(session);
      // Free call: proves the key works before we keep it.
      await session.client.getCreditUsage({ apiKey: key });
      await session.vault.setApiKey(key);
      await view.secretsChanged();
      await session.engine.keysChanged();
      void session.governor.refreshUsage().then(() => view.changed());
      const hint = await session.vault.apiKeyHint();
      return { hint: hint ?? '' };
    },

    clearApiKey: async () => {
      await sessions.current().vault.clearApiKey();
      await view.secretsChanged();
    },

    forgetAllSecrets: async () => {
      const session = sessions.current();
      await session.vault.forgetAll();
      for (const meta of session.store.listConnections()) {
        session.engine.connectionRemoved(meta.id);
        session.store.removeConnection(meta.id);
      }
      await view.secretsChanged();
    },

    getSettings: () => sessions.current().store.getSettings(),

    updateSettings: async (patch) => {
      const session = sessions.current();
      const before = session.store.getSettings();
      const urlChanged = patch.apiBaseUrl !== undefined && patch.apiBaseUrl !== before.apiBaseUrl;
      if (urlChanged && patch.apiBaseUrl) {
        // Check first (the gate already did, but the probe sends the stored
        // key): never to a URL the rules refuse (plain http off this machine).
        // Probe before saving: a failed probe leaves every setting as it was.
        parseSettingsPatch(patch);
        await probeBaseUrl(patch.apiBaseUrl);
      }
      const next = session.store.updateSettings(patch);
      if (patch.launchAtLogin !== undefined && patch.launchAtLogin !== before.launchAtLogin) {
        system.setLaunchAtLogin(next.launchAtLogin);
      }
      session.engine.settingsChanged();
      if (urlChanged) await sessions.reload();
      view.changed();
      return next;
    },

    getCredits: async () => {
      const session = sessions.current();
      await session.governor.refreshUsage();
      // Every window shows credits from the snapshot: what was just learned reaches them too.
      view.changed();
      return session.governor.view();
    },
  };
}
