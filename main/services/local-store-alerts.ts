// What the local store keeps about alerts: the user's rules, quiet hours and
// digest, and the watcher's state beside them (which rules are armed, each
// rule's status, the fired log, alerts held by quiet hours, when the last
// digest went out), so a restart neither repeats an alert nor loses one.
import { ALERT_LIMITS, DEFAULT_ALERTS, type AlertsConfig, type AlertsPatch, type AlertsView } from '../../common/alerts';
import type { AlertsRuntime } from '../core/alert-evaluation';
import { NEW_RULE_STATE, type RuleState } from '../core/alert-rules';
import { parseAlertsPatch, readAlertsConfig, readFiredLog } from './alerts-schema';
import type { DataStore } from './local-store-engine';
import type { AlertsData } from './local-store-schema';


/** Whether an edit changed what a rule watches: then its fired state no longer applies. */
const watchesOther = (a: AlertsConfig['rules'][number], b: AlertsConfig['rules'][number]): boolean =>
  a.kind !== b.kind || a.threshold !== b.threshold || a.currency !== b.currency || a.window !== b.window;

export function alertOps(store: DataStore, now: () => number) {
  const read = (): AlertsData => {
    const kept = (store.get('alerts') ?? {}) as Partial<AlertsData>;
    return {
      config: readAlertsConfig(kept.config, DEFAULT_ALERTS),
      state: kept.state ?? {},
      status: kept.status ?? {},
      fired: readFiredLog(kept.fired),
      pending: readFiredLog(kept.pending),
      digestSentAt: typeof kept.digestSentAt === 'number' ? kept.digestSentAt : 0,
    };
  };
  return {
    getAlerts: read,

    alertsView(): AlertsView {
      const { config, status, fired } = read();
      return { ...config, status, fired };
    },

    /** Validates the patch (throws StoreError) and applies it; an edited or new rule starts armed. */
    updateAlerts(patch: AlertsPatch): AlertsConfig {
      const valid = parseAlertsPatch(patch);
      const data = read();
      const config = { ...data.config, ...valid };
      const state: Record<string, RuleState> = {};
      for (const rule of config.rules) {
        const before = data.config.rules.find((r) => r.id === rule.id);
        state[rule.id] = before && !watchesOther(before, rule) ? (data.state[rule.id] ?? NEW_RULE_STATE) : NEW_RULE_STATE;
      }
      const status = Object.fromEntries(Object.entries(data.status).filter(([id]) => id in state));
      // Turning the digest on starts its day now: it never sends yesterday's at once.
      const digestSentAt = valid.digest?.enabled && !data.config.digest.enabled ? now() : data.digestSentAt;
      store.set('alerts', { ...data, config, state, status, digestSentAt });
      return config;
    },

    /** The watcher's write, only when something changed (every write rewrites the file); says whether it wrote. */
    setAlertsRuntime(runtime: AlertsRuntime): boolean {
      const data = read();
      const next: AlertsData = { ...data, ...runtime, fired: runtime.fired.slice(0, ALERT_LIMITS.log) };
      if (JSON.stringify(next) === JSON.stringify(data)) return false;
      store.set('alerts', next);
      return true;
    },
  };
}
