import type { OverviewQuestion } from '@thuis/domain';
import { localised } from './overview';

/**
 * Who says a theme: the households per answer of a background question (age group, household
 * type), labelled with the answers of the registration form.
 */
export interface BreakdownRow {
  /** The answer key; "" for households without an answer. */
  key: string;
  label: string;
  count: number;
}

/**
 * The rows of one breakdown in the form's order, answers nobody gave included (so the table shows
 * who does not say it too); answers the form no longer has follow with their key, then "no answer".
 */
export function breakdownRows(
  counts: Readonly<Record<string, number>> | undefined,
  question: Pick<OverviewQuestion, 'options'> | undefined,
  language: string,
  noAnswerLabel: string,
): BreakdownRow[] {
  const given = counts ?? {};
  const options = question?.options ?? [];
  const known = new Set(options.map((o) => o.key));
  const rows: BreakdownRow[] = options.map((o) => ({ key: o.key, label: localised(o.label, language), count: given[o.key] ?? 0 }));
  for (const [key, count] of Object.entries(given)) if (key !== '' && !known.has(key) && count > 0) rows.push({ key, label: key, count });
  if ((given[''] ?? 0) > 0) rows.push({ key: '', label: noAnswerLabel, count: given['']! });
  return rows;
}

/** The largest count of the rows (the full width of the bars), at least 1. */
export function breakdownMax(rows: readonly BreakdownRow[]): number {
  return Math.max(1, ...rows.map((r) => r.count));
}
