// One readable line from zod's issues, built only from what the schema knows
// (expected types, limits, allowed options, our own field names). Zod's own
// messages and paths can quote the input — an unknown key, a record key — and
// the input may be an API key the user just typed, so none of it is echoed.
import { z } from 'zod';
import { t } from '../../common/i18n';

type Issue = z.core.$ZodIssue;

const MAX_LISTED = 3;

/** Field names our schemas declare: the only path segments safe to show. */
export function declaredFieldNames(schemas: Iterable<z.ZodType>): ReadonlySet<string> {
  const names = new Set<string>();
  for (let schema of schemas) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (schema instanceof z.ZodObject) for (const key of Object.keys(schema.shape)) names.add(key);
  }
  return names;
}

function pathText(path: readonly PropertyKey[], fields: ReadonlySet<string>): string {
  if (path.length === 0) return t('errors.request.wholeRequest');
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = typeof segment === 'string' && fields.has(segment) ? segment : '<key>';
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

function unit(origin: string): string {
  if (origin === 'string') return 'characters';
  if (origin === 'array' || origin === 'set') return 'items';
  return 'other';
}

/** One issue as a clause about `path`; the types and formats a schema names ("string", "url") are worded by the catalogue, any other as the schema writes it. */
function describe(issue: Issue, path: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return t('errors.request.expected', { path, expected: issue.expected });
    case 'too_big':
      return t('errors.request.tooBig', { path, limit: String(issue.maximum), unit: unit(issue.origin) });
    case 'too_small':
      return t('errors.request.tooSmall', { path, limit: String(issue.minimum), unit: unit(issue.origin) });
    case 'invalid_format':
      return issue.format === 'regex' ? t('errors.request.wrongFormat', { path }) : t('errors.request.format', { path, format: issue.format });
    case 'not_multiple_of':
      return t('errors.request.multipleOf', { path, divisor: String(issue.divisor) });
    case 'unrecognized_keys':
      // The key names came from the sender: count them, do not repeat them.
      return t('errors.request.unexpectedFields', { path, count: issue.keys.length });
    case 'invalid_union':
      return t('errors.request.noShape', { path });
    case 'invalid_key':
      return t('errors.request.badKey', { path });
    case 'invalid_element':
      return t('errors.request.badElement', { path });
    case 'invalid_value':
      // Allowed options come from the schema, not the input.
      return t('errors.request.oneOf', { path, options: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    default:
      return t('errors.request.invalidOther', { path });
  }
}

export function summarizeIssues(
  command: string,
  issues: readonly Issue[],
  fields: ReadonlySet<string>,
): string {
  const listed = issues
    .slice(0, MAX_LISTED)
    // A custom issue's message is a whole sentence of ours (the settings schema's words).
    .map((issue) => (issue.code === 'custom' ? issue.message : describe(issue, pathText(issue.path, fields))));
  if (listed.length === 0) return t('errors.request.unreadable', { command });
  const joined = listed.join(t('errors.request.issueSeparator'));
  return issues.length > MAX_LISTED
    ? t('errors.request.invalidMore', { command, issues: joined, more: String(issues.length - MAX_LISTED) })
    : t('errors.request.invalid', { command, issues: joined });
}
