import type { z } from 'zod';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface FieldMessage {
  path: string;
  message: string;
}

/** Maps a zod issue to a catalogue key (errors.*) and its parameters. */
export function issueKey(issue: z.core.$ZodIssue): { key: string; params: Record<string, unknown> } {
  // A feature's own messages live in its block (`planWeek.errors.*`), the shared ones in `errors.*`.
  if (issue.message && /^(\w+\.)?errors\./.test(issue.message)) {
    const params: Record<string, unknown> = {};
    if ('maximum' in issue) params.max = Number(issue.maximum);
    if ('minimum' in issue) params.min = Number(issue.minimum);
    // Custom checks pass their own parameters (e.g. the unknown merge fields).
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    return { key: issue.message, params };
  }
  switch (issue.code) {
    case 'invalid_type':
      // zod does not keep the input by default; its message says whether the value was missing.
      return {
        key: issue.input === undefined && (!issue.message || /received undefined/.test(issue.message)) ? 'errors.required' : 'errors.invalid',
        params: {},
      };
    case 'too_small':
      return { key: Number(issue.minimum) <= 1 ? 'errors.required' : 'errors.tooShort', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'errors.tooLong', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'errors.choice', params: {} };
    case 'unrecognized_keys':
      return { key: 'errors.unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { key: 'errors.invalid', params: {} };
  }
}

/**
 * The label of a field: the last named path segment, with a row number when the path passes a list
 * of rows (`rows.4.street`: an import, a list of members). An item of a list of values
 * (`visitorIds.0`, one of the visitors) is no row: the field's label alone.
 */
export function fieldLabel(path: readonly PropertyKey[], t: Translate): string {
  const names = path.filter((segment): segment is string => typeof segment === 'string');
  const rows = path.filter((segment, i): segment is number => typeof segment === 'number' && typeof path[i + 1] === 'string');
  const name = names.at(-1);
  const label = name ? t(`fields.${name}`) : t('fields.request');
  const row = rows.at(-1);
  return row === undefined ? label : t('errors.rowField', { row: row + 1, field: label });
}

/** Translated messages naming the field for every issue. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], t: Translate): FieldMessage[] {
  return issues.map((issue) => {
    const { key, params } = issueKey(issue);
    return {
      path: issue.path.map(String).join('.'),
      message: `${fieldLabel(issue.path, t)}: ${t(key, params)}`,
    };
  });
}
