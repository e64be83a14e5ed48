import { z } from 'zod';
import { uuid } from '../validation/common.js';
import { openTextCategories, type FormDefinition } from './form-definition.js';
import { localisedText, type LocalisedText } from '../i18n/localised-text.js';

/**
 * Phase 3, step 1 "grip on the information": every closed question counted over the registrations
 * (across form versions, by the question's stable key), the capability cards, and the open texts
 * pooled per category. For the project team; what leaves it goes through the small-cell rule.
 */

/** The question whose answer is the age group filter of the default form. */
export const AGE_GROUP_KEY = 'age_group';

export const overviewQuery = z.object({
  buildingPhaseId: uuid.optional(),
  subNeighbourhoodId: uuid.optional(),
  ageGroup: z.string().trim().max(40).optional(),
  formVersionId: uuid.optional(),
});
export type OverviewQuery = z.output<typeof overviewQuery>;

const localised = z.object({ nl: z.string(), en: z.string() });
const answerCount = z.object({ key: z.string(), label: localised, count: z.number().int() });
export const overviewQuestion = z.object({
  key: z.string(),
  kind: z.enum(['scale', 'choice', 'multi']),
  label: localised,
  /** Form versions that ask it. */
  versions: z.array(z.number().int()),
  /** Registrations that answered it; for `multi` one registration may count in several options. */
  answered: z.number().int(),
  options: z.array(answerCount),
});
export type OverviewQuestion = z.infer<typeof overviewQuestion>;
/** The pooled open answers: the four categories of the handbook, then the talents. */
export const textCategories = [...openTextCategories, 'talents'] as const;
export type TextCategory = (typeof textCategories)[number];

export const registrationOverview = z.object({
  registrations: z.number().int(),
  questions: z.array(overviewQuestion),
  cards: z.array(answerCount),
  /** How many registrations of the selection hold a text per category (the texts themselves page apart). */
  texts: z.object(Object.fromEntries(textCategories.map((c) => [c, z.number().int()])) as Record<TextCategory, z.ZodNumber>),
});
export type RegistrationOverview = z.infer<typeof registrationOverview>;

/** One page of the open answers of one category, in the order they were stored; `search` holds every word (folded). */
export const pooledTextsQuery = overviewQuery.extend({
  category: z.enum(textCategories),
  search: z.string().trim().max(200).optional(),
  /** The registration the previous page ended with. */
  cursor: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(40),
});
export type PooledTextsQuery = z.output<typeof pooledTextsQuery>;
export const pooledText = z.object({ registrationId: z.string(), formVersion: z.number().int(), text: z.string() });
export type PooledText = z.infer<typeof pooledText>;
export const pooledTextPage = z.object({
  texts: z.array(pooledText),
  /** Texts of the category in the selection. */
  total: z.number().int(),
  /** Of those, the texts that hold every word of the search (`total` without a search). */
  matched: z.number().int(),
  nextCursor: uuid.nullable(),
});
export type PooledTextPage = z.infer<typeof pooledTextPage>;

export interface OverviewForm {
  id: string;
  version: number;
  definition: FormDefinition;
}

/**
 * The registrations of a selection counted by the database: per question key how many answered
 * (`answer` null) and per given answer how many gave it (a registration once per answer), per card
 * how many chose it, and per text category how many wrote one.
 */
export interface AnswerCounts {
  registrations: number;
  answers: readonly { key: string; answer: string | null; count: number }[];
  cards: readonly { key: string; count: number }[];
  texts: Record<TextCategory, number>;
}

const text = (l: LocalisedText) => ({ nl: l.nl, en: localisedText(l, 'en') });

/**
 * The counts laid out on the questions and cards of every form version (by the question's stable
 * key); answers and cards no version knows are left out.
 */
export function summariseCounts(forms: readonly OverviewForm[], counts: AnswerCounts): RegistrationOverview {
  // Newest version first: its wording and order win; options only older versions had come after.
  const byVersion = [...forms].sort((a, b) => b.version - a.version);
  const questions = new Map<string, OverviewQuestion>();
  const cards = new Map<string, { key: string; label: { nl: string; en: string }; count: number }>();
  for (const form of byVersion) {
    for (const q of form.definition.questions) {
      const known = questions.get(q.key) ?? { key: q.key, kind: q.kind, label: text(q.label), versions: [], answered: 0, options: [] };
      known.versions.push(form.version);
      const options =
        q.kind === 'scale'
          ? Array.from({ length: q.max - q.min + 1 }, (_, i) => ({ key: String(q.min + i), label: { nl: String(q.min + i), en: String(q.min + i) } }))
          : q.options.map((o) => ({ key: o.key, label: text(o.label) }));
      for (const o of options) if (!known.options.some((k) => k.key === o.key)) known.options.push({ ...o, count: 0 });
      questions.set(q.key, known);
    }
    for (const c of form.definition.cards) if (!cards.has(c.key)) cards.set(c.key, { key: c.key, label: text(c.label), count: 0 });
  }
  for (const q of questions.values()) {
    q.versions.sort((a, b) => a - b);
    if (q.kind === 'scale') q.options.sort((a, b) => Number(a.key) - Number(b.key));
  }
  for (const { key, answer, count } of counts.answers) {
    const q = questions.get(key);
    if (!q) continue;
    if (answer === null) q.answered = count;
    else {
      const option = q.options.find((o) => o.key === answer);
      if (option) option.count = count;
    }
  }
  for (const { key, count } of counts.cards) {
    const card = cards.get(key);
    if (card) card.count = count;
  }
  return { registrations: counts.registrations, questions: [...questions.values()], cards: [...cards.values()], texts: { ...counts.texts } };
}
