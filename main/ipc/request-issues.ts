// One readable line from zod's issues, built only from what the schema knows
// (expected types, limits, allowed options, our own field names). Zod's own
// messages and paths can quote the input — an unknown key, a record key — and
// the input may be an API key the user just typed, so none of it is echoed.
import { z } from 'zod';

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
  if (path.length === 0) return 'request';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = typeof segment === 'string' && fields.has(segment) ? segment : '<key>';
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array' || origin === 'set') return ' items';
  return '';
}

function describe(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${unit(issue.origin)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${unit(issue.origin)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'has the wrong format' : `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      // The key names came from the sender: count them, do not repeat them.
      return `has ${issue.keys.length} unexpected field${issue.keys.length === 1 ? '' : 's'}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    case 'invalid_key':
      return 'has a field name that is not allowed';
    case 'invalid_element':
      return 'has an invalid element';
    case 'invalid_value':
      // Allowed options come from the schema, not the input.
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return 'is invalid';
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
    .map((issue) => (issue.code === 'custom' ? issue.message : `${pathText(issue.path, fields)} ${describe(issue)}`));
  if (listed.length === 0) return `Invalid request for ${command}: its shape cannot be read.`;
  const more = issues.length > MAX_LISTED ? ` (and ${issues.length - MAX_LISTED} more)` : '';
  return `Invalid request for ${command}: ${listed.join('; ')}${more}.`;
}
