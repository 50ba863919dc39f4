// The one alerts schema: main's IPC gate parses `updateAlerts` with
// `alertsPatchSchema`, and the local store reads what it kept with the same
// rules (a hand-edited file's bad rule is dropped alone, never the others).
// Limits come from common/alerts.ts, which the renderer shows; every refusal
// is worded by alert-words through the `alert` problem.
import { z } from 'zod';
import { ALERT_KINDS, ALERT_LIMITS, MOVE_WINDOWS, thresholdOk, type AlertRule, type AlertsConfig, type AlertsPatch, type FiredAlert } from '../../common/alerts';
import { alertProblemText, type AlertProblem } from '../../common/alert-words';
import { CURRENCY_CODE } from '../../common/settings';
import { StoreError } from './settings-schema';

const dayMinute = z.number().int().min(0).max(24 * 60 - 1);

/** A custom issue worded by alert-words, its problem kept for the store's StoreError. */
const issue = (alert: AlertProblem, path: PropertyKey[]) => ({ code: 'custom' as const, message: alertProblemText(alert), path, params: { alert } });

export const alertRuleSchema = z
  .object({
    id: z.string().regex(new RegExp(`^[A-Za-z0-9-]{1,${ALERT_LIMITS.idLength}}$`)),
    kind: z.enum(ALERT_KINDS),
    enabled: z.boolean(),
    threshold: z.number(),
    currency: z.string().regex(CURRENCY_CODE),
    window: z.enum(MOVE_WINDOWS),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (!thresholdOk(rule.kind, rule.threshold)) ctx.addIssue(issue({ field: 'threshold', kind: rule.kind }, ['threshold']));
  }) satisfies z.ZodType<AlertRule>;

const quietHoursSchema = z.object({ enabled: z.boolean(), start: dayMinute, end: dayMinute }).strict();
const digestSchema = z.object({ enabled: z.boolean(), at: dayMinute }).strict();

export const alertsPatchSchema = z
  .object({
    rules: z.array(alertRuleSchema).max(ALERT_LIMITS.rules),
    quietHours: quietHoursSchema,
    digest: digestSchema,
    presetsOffered: z.boolean(),
  })
  .partial()
  .strict()
  .superRefine((patch, ctx) => {
    const ids = new Set<string>();
    for (const rule of patch.rules ?? []) {
      if (ids.has(rule.id)) ctx.addIssue(issue({ field: 'duplicate_id', id: rule.id }, ['rules']));
      ids.add(rule.id);
    }
    if (patch.quietHours?.enabled && patch.quietHours.start === patch.quietHours.end) ctx.addIssue(issue({ field: 'quiet_same' }, ['quietHours']));
  }) satisfies z.ZodType<AlertsPatch>;

const firedSchema = z.object({
  ruleId: z.string(),
  at: z.number(),
  rule: alertRuleSchema,
  value: z.number(),
  subject: z.string().nullable(),
  held: z.boolean(),
}) satisfies z.ZodType<FiredAlert>;

/** The first issue's problem, in alert-words' terms. */
function problemOf(issue: z.core.$ZodIssue, patch: Record<string, unknown>): AlertProblem {
  if (issue.code === 'custom' && issue.params?.alert) return issue.params.alert as AlertProblem;
  const [top, index, field] = issue.path;
  if (issue.code === 'unrecognized_keys' && top === undefined) return { field: 'config' };
  if (top === 'rules' && index === undefined) return { field: 'rules', max: ALERT_LIMITS.rules };
  if (top === 'rules') {
    const rule = (patch.rules as Record<string, unknown>[] | undefined)?.[index as number];
    const kind = ALERT_KINDS.find((k) => k === rule?.kind);
    if (field === 'threshold' && kind) return { field: 'threshold', kind };
    if (field === 'currency' || field === 'window' || field === 'id') return { field };
    if (field === 'enabled') return { field: 'flag', which: 'enabled' };
    return { field: 'kind' };
  }
  if (top === 'quietHours' && (field ?? index) !== 'enabled' && index !== undefined) {
    return { field: 'time', which: index === 'start' ? 'quiet start' : 'quiet end' };
  }
  if (top === 'digest' && index === 'at') return { field: 'time', which: 'digest time' };
  return { field: 'flag', which: String(index ?? top) };
}

/** Checks an update; throws a StoreError naming the first problem. */
export function parseAlertsPatch(patch: unknown): AlertsPatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw alertError({ field: 'config' });
  const parsed = alertsPatchSchema.safeParse(patch);
  if (!parsed.success) throw alertError(problemOf(parsed.error.issues[0]!, patch as Record<string, unknown>));
  return parsed.data;
}

const alertError = (alert: AlertProblem): StoreError => new StoreError('invalid_request', { problem: { id: 'alert', alert } });

/** What the file kept, over the defaults: a part or a rule that fails the checks is dropped alone. */
export function readAlertsConfig(stored: unknown, defaults: AlertsConfig): AlertsConfig {
  const kept = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const rules = Array.isArray(kept.rules) ? kept.rules.filter((r) => alertRuleSchema.safeParse(r).success) : defaults.rules;
  const quiet = quietHoursSchema.safeParse(kept.quietHours);
  const digest = digestSchema.safeParse(kept.digest);
  return {
    rules: (rules as AlertRule[]).slice(0, ALERT_LIMITS.rules),
    quietHours: quiet.success ? quiet.data : defaults.quietHours,
    digest: digest.success ? digest.data : defaults.digest,
    presetsOffered: typeof kept.presetsOffered === 'boolean' ? kept.presetsOffered : defaults.presetsOffered,
  };
}

/** The kept log, newest first; an entry that fails the checks is dropped. */
export function readFiredLog(stored: unknown): FiredAlert[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((entry) => firedSchema.safeParse(entry).success).slice(0, ALERT_LIMITS.log) as FiredAlert[];
}
