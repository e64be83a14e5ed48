import { foldText, localisedText, type OverviewQuestion } from '@thuis/domain';

/**
 * Pure helpers of the picture page (phase 3, step 1): the figures of a question as rows with
 * percentages, the spoken summary of its chart, the form versions that ask it, and the words
 * searched for marked in the open answers.
 */

export type Localised = { nl: string; en: string };

/** The label in the page's language (English falls back to Dutch when a form has no English text). */
export function localised(label: Localised, language: string): string {
  return localisedText(label, language);
}

/** One answer (or card) of a chart and its table: how often, and the share of the base. */
export interface AnswerRow {
  key: string;
  label: string;
  count: number;
  /** Percentage of `base` (those who answered; for cards all registrations), null when the base is 0. */
  percent: number | null;
}

export function answerRows(options: readonly { key: string; label: Localised; count: number }[], base: number, language: string): AnswerRow[] {
  return options.map((o) => ({ key: o.key, label: localised(o.label, language), count: o.count, percent: base > 0 ? (o.count / base) * 100 : null }));
}

/** The answers given most, most first (ties keep the form's order); answers nobody gave are left out. */
export function biggestAnswers(rows: readonly AnswerRow[], n = 3): AnswerRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.count > 0)
    .sort((a, b) => b.row.count - a.row.count || a.index - b.index)
    .slice(0, n)
    .map(({ row }) => row);
}

/** "12 (34%)" for a table cell or a bar label; just the count when there is no base. */
export function cellText(row: Pick<AnswerRow, 'count' | 'percent'>, number: (n: number) => string, percent: (p: number) => string): string {
  return row.percent === null ? number(row.count) : `${number(row.count)} (${percent(row.percent)})`;
}

/** The spoken summary of a chart (its aria-label): the title, how many answered, and the biggest answers. */
export function chartSummary(
  title: string,
  rows: readonly AnswerRow[],
  base: number,
  text: {
    summary: (values: { title: string; base: string; answers: string }) => string;
    answer: (values: { label: string; value: string }) => string;
    none: (values: { title: string }) => string;
    number: (n: number) => string;
    percent: (p: number) => string;
  },
): string {
  const biggest = biggestAnswers(rows);
  if (base === 0 || biggest.length === 0) return text.none({ title });
  return text.summary({
    title,
    base: text.number(base),
    answers: biggest.map((row) => text.answer({ label: row.label, value: cellText(row, text.number, text.percent) })).join('; '),
  });
}

/** The versions that ask a question, or null when every version of the form asks it (nothing to mention). */
export function askedInVersions(asked: readonly number[], allVersions: readonly number[]): number[] | null {
  if (allVersions.length === 0 || allVersions.every((v) => asked.includes(v))) return null;
  return [...asked].sort((a, b) => a - b);
}

/** "2 en 3", "1, 2 en 4" (nl) / "2 and 3" (en). */
export function listText(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'long', type: 'conjunction' }).format(items);
}

/** The questions to show: with a form version chosen, only those that version asks. */
export function questionsForVersion<Q extends Pick<OverviewQuestion, 'versions'>>(questions: readonly Q[], version: number | null): Q[] {
  return version === null ? [...questions] : questions.filter((q) => q.versions.includes(version));
}

/** The height of a horizontal bar chart with `bars` bars, in rem: room for two lines of label per bar. */
export function chartHeight(bars: number): number {
  return Math.max(2, bars) * 2.5 + 2;
}

// ---- Marking the words searched for (the server does the searching) ----

/** The text in parts, the parts that match a search word marked (overlapping matches joined). */
export function highlightParts(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const folded = foldText(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: { text: string; match: boolean }[] = [];
  let position = 0;
  for (const [start, end] of merged) {
    if (start > position) parts.push({ text: text.slice(position, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    position = end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), match: false });
  return parts;
}
