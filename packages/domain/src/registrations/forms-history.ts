import { z } from 'zod';
import { fileFormat } from '../imports/file-format.js';
import { uuid } from '../validation/common.js';
import { openTextCategories, registrationContent, type FormDefinition, type RegistrationContent } from './form-definition.js';
import { dateOrderOf, parseFormsTimestamp } from './forms-timestamp.js';

/**
 * Registrations kept so far in Google Forms come in as its CSV export: one row per conversation,
 * one column per question. A mapping says which column fills which part of the registration.
 */
export const historyTarget = z.union([
  z.string().regex(/^answer:[a-z][a-z0-9_]{1,39}$/),
  z.enum(['timestamp', 'cards', 'talents', 'consent', 'summary', ...openTextCategories.map((c) => `open:${c}` as const)]),
]);
export type HistoryTarget = z.infer<typeof historyTarget>;
/** Column index (as text) → target; columns not named are not imported. */
export const historyMapping = z.record(z.string().regex(/^\d{1,3}$/), historyTarget);
export type HistoryMapping = z.infer<typeof historyMapping>;

/** An uploaded export as the mapping step shows it. */
export const historyUpload = z.object({
  id: z.uuid(),
  fileName: z.string(),
  /** How the CSV file was read (detected, or as the user chose); null for XLSX. */
  format: fileFormat.nullable(),
  headers: z.array(z.string()),
  /** The first rows, to see that the file was read right. */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  formVersionId: z.uuid(),
  suggestedMapping: historyMapping,
});
export type HistoryUpload = z.infer<typeof historyUpload>;
export const historyCommitInput = z.object({ formVersionId: uuid, mapping: historyMapping });
/** Rows added, and rows of the file that an earlier import (of this or an earlier download) already added. */
export const historyResult = z.object({ imported: z.number().int(), alreadyImported: z.number().int() });

export interface HistoryProblem {
  row: number;
  column: number;
  key: string;
  params?: Record<string, unknown>;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]/gu, '');
const splitList = (s: string) => s.split(/\s*[;,]\s*/).filter(Boolean);
const YES = new Set(['ja', 'yes', 'j', 'y', 'true', '1', 'waar']);

/** Guesses the mapping from the headers: question texts, and words for cards, talents and the summary. */
export function suggestHistoryMapping(headers: readonly string[], form: FormDefinition): HistoryMapping {
  const mapping: HistoryMapping = {};
  headers.forEach((header, i) => {
    const h = squash(header);
    const question = form.questions.find((q) => squash(q.label.nl) === h || squash(q.label.en) === h || q.key.replace(/_/g, '') === h);
    if (/^(tijdstempel|timestamp|zeitstempel|horodateur|marcatemporal)$/.test(h)) mapping[String(i)] = 'timestamp';
    else if (question) mapping[String(i)] = `answer:${question.key}`;
    else if (/kaart|card|onderwerp/.test(h)) mapping[String(i)] = 'cards';
    else if (/samenvatting|summary/.test(h)) mapping[String(i)] = 'summary';
    else if (/toestemming|consent/.test(h)) mapping[String(i)] = 'consent';
    else if (/talent|bijdragen/.test(h)) mapping[String(i)] = 'talents';
    else if (/persoon.*(belemmer|obstak)/.test(h)) mapping[String(i)] = 'open:person_obstacles';
    else if (/persoon.*kans/.test(h)) mapping[String(i)] = 'open:person_opportunities';
    else if (/omgeving.*(belemmer|obstak)/.test(h)) mapping[String(i)] = 'open:environment_obstacles';
    else if (/omgeving.*kans/.test(h)) mapping[String(i)] = 'open:environment_opportunities';
  });
  return mapping;
}

/** Turns one exported row into registration content for the chosen form version. */
export function historyRowContent(
  cells: readonly string[],
  mapping: HistoryMapping,
  form: FormDefinition,
  row: number,
): { content: RegistrationContent; problems: HistoryProblem[] } {
  const problems: HistoryProblem[] = [];
  const answers: Record<string, number | string | string[]> = {};
  const content = registrationContent.parse({});
  const byLabel = <T extends { key: string; label: { nl: string; en: string } }>(items: readonly T[], text: string) =>
    items.find((o) => [o.key, o.label.nl, o.label.en].some((l) => squash(l) === squash(text)));

  for (const [columnText, target] of Object.entries(mapping)) {
    const column = Number(columnText);
    const value = String(cells[column] ?? '').trim();
    if (value === '' || target === 'timestamp') continue;
    if (target.startsWith('answer:')) {
      const question = form.questions.find((q) => q.key === target.slice(7));
      if (!question) {
        problems.push({ row, column, key: 'errors.unknownQuestion' });
        continue;
      }
      if (question.kind === 'scale') {
        const n = Number(value.replace(',', '.'));
        if (Number.isInteger(n) && n >= question.min && n <= question.max) answers[question.key] = n;
        else problems.push({ row, column, key: 'errors.scaleRange', params: { min: question.min, max: question.max } });
      } else if (question.kind === 'choice') {
        const option = byLabel(question.options, value);
        if (option) answers[question.key] = option.key;
        else problems.push({ row, column, key: 'errors.unknownOption', params: { value } });
      } else {
        const chosen = splitList(value).map((v) => [v, byLabel(question.options, v)] as const);
        const missing = chosen.filter(([, o]) => !o).map(([v]) => v);
        if (missing.length) problems.push({ row, column, key: 'errors.unknownOption', params: { value: missing.join(', ') } });
        else answers[question.key] = chosen.map(([, o]) => o!.key);
      }
    } else if (target === 'cards') {
      const chosen = splitList(value).map((v) => [v, byLabel(form.cards, v)] as const);
      const missing = chosen.filter(([, c]) => !c).map(([v]) => v);
      if (missing.length) problems.push({ row, column, key: 'errors.unknownOption', params: { value: missing.join(', ') } });
      else content.cards = [...new Set(chosen.map(([, c]) => c!.key))];
    } else if (target === 'consent') content.talentsContactConsent = YES.has(value.toLowerCase());
    else if (target === 'talents') content.talents = value;
    else if (target === 'summary') content.summary = value;
    else content.openText[target.slice(5) as (typeof openTextCategories)[number]] = value;
  }
  content.answers = answers;
  return { content, problems };
}

/**
 * The moment each row's answers were sent, from the column mapped as timestamp (null where there is
 * none or the cell is empty); a cell that is not a moment is a problem naming row and column. The
 * date order of slash dates is decided for the whole column, as a spreadsheet writes them all alike.
 */
export function historyTimestamps(
  rows: readonly (readonly string[])[],
  mapping: HistoryMapping,
  firstRow: number,
): { column: number | undefined; times: (Date | null)[]; problems: HistoryProblem[] } {
  const entry = Object.entries(mapping).find(([, target]) => target === 'timestamp');
  if (!entry) return { column: undefined, times: rows.map(() => null), problems: [] };
  const column = Number(entry[0]);
  const values = rows.map((cells) => String(cells[column] ?? '').trim());
  const order = dateOrderOf(values);
  const problems: HistoryProblem[] = [];
  const times = values.map((value, i) => {
    if (value === '') return null;
    const time = parseFormsTimestamp(value, order);
    if (!time) problems.push({ row: firstRow + i, column, key: 'errors.timestamp', params: { value } });
    return time;
  });
  return { column, times, problems };
}
