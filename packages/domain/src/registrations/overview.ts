import { z } from 'zod';
import { uuid } from '../validation/common.js';
import { openTextCategories, type FormDefinition, type OpenTextCategory, type RegistrationContent } from './form-definition.js';
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
export const pooledText = z.object({ registrationId: z.string(), formVersion: z.number().int(), text: z.string() });
export const registrationOverview = z.object({
  registrations: z.number().int(),
  questions: z.array(overviewQuestion),
  cards: z.array(answerCount),
  openTexts: z.object(Object.fromEntries(openTextCategories.map((c) => [c, z.array(pooledText)])) as Record<OpenTextCategory, z.ZodArray<typeof pooledText>>),
  talents: z.array(pooledText),
});
export type RegistrationOverview = z.infer<typeof registrationOverview>;

export interface OverviewForm {
  id: string;
  version: number;
  definition: FormDefinition;
}
export interface OverviewRegistration {
  id: string;
  formId: string;
  content: RegistrationContent;
}

const text = (l: LocalisedText) => ({ nl: l.nl, en: localisedText(l, 'en') });

export function summariseRegistrations(forms: readonly OverviewForm[], registrations: readonly OverviewRegistration[]): RegistrationOverview {
  // Newest version first: its wording and order win; options only older versions had come after.
  const byVersion = [...forms].sort((a, b) => b.version - a.version);
  const versionOf = new Map(forms.map((f) => [f.id, f.version]));
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

  const openTexts = Object.fromEntries(openTextCategories.map((c) => [c, [] as z.infer<typeof pooledText>[]])) as RegistrationOverview['openTexts'];
  const talents: z.infer<typeof pooledText>[] = [];
  for (const registration of registrations) {
    const formVersion = versionOf.get(registration.formId) ?? 0;
    for (const [key, value] of Object.entries(registration.content.answers)) {
      const q = questions.get(key);
      if (!q) continue;
      const given = (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
      if (given.length === 0) continue;
      q.answered++;
      for (const v of new Set(given)) {
        const option = q.options.find((o) => o.key === v);
        if (option) option.count++;
      }
    }
    for (const key of new Set(registration.content.cards)) {
      const card = cards.get(key);
      if (card) card.count++;
    }
    for (const category of openTextCategories) {
      const t = registration.content.openText[category]?.trim();
      if (t) openTexts[category].push({ registrationId: registration.id, formVersion, text: t });
    }
    if (registration.content.talents.trim()) talents.push({ registrationId: registration.id, formVersion, text: registration.content.talents.trim() });
  }
  return { registrations: registrations.length, questions: [...questions.values()], cards: [...cards.values()], openTexts, talents };
}
