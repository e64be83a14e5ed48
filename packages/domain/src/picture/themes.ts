import { z } from 'zod';
import { openTextCategories, type OpenTextCategory } from '../registrations/form-definition.js';
import { isoDate, optionalText, requiredText, uuid } from '../validation/common.js';

/**
 * Phase 3, step 2 "work sessions" (handbook "Fase 3 Beeld van de buurt"): the team codes the
 * residents' statements with themes, using the four conditions of social quality, and marks which
 * themes are promising and which are a concern.
 */
export const socialQualityConditions = ['socio_economic_security', 'social_cohesion', 'social_inclusion', 'social_empowerment'] as const;
export type SocialQualityCondition = (typeof socialQualityConditions)[number];
export const themeValences = ['promising', 'concern'] as const;
export type ThemeValence = (typeof themeValences)[number];

export const themeInput = z.object({
  name: requiredText(120),
  description: optionalText(1000).default(''),
  conditions: z.array(z.enum(socialQualityConditions, 'errors.choice')).min(1, 'errors.pickAtLeastOne').max(socialQualityConditions.length),
  valence: z.enum(themeValences, 'errors.choice'),
});
export type ThemeInput = z.output<typeof themeInput>;

/** A statement is one open text of one registration; coding gives it themes and may mark it a unique story. */
export const codingInput = z.object({
  registrationId: uuid,
  category: z.enum(openTextCategories, 'errors.choice'),
  themeIds: z.array(uuid).max(10, 'errors.tooMany'),
  unique: z.boolean().default(false),
});
export type CodingInput = z.output<typeof codingInput>;

export interface Coding {
  registrationId: string;
  category: OpenTextCategory;
  themeIds: readonly string[];
  unique: boolean;
}

export interface ThemeFrequency {
  themeId: string;
  /** Statements coded with the theme. */
  statements: number;
  /** Registrations (households) with at least one such statement: how often the theme occurs. */
  households: number;
  /** Who says it: households per answer of a background question (age group, household type…). */
  breakdowns: Record<string, Record<string, number>>;
}

/**
 * How often each theme occurs and who says it. `answersOf` gives a registration's background
 * answers by question key; households without an answer count under "".
 */
export function themeFrequencies(
  themeIds: readonly string[],
  codings: readonly Coding[],
  answersOf: (registrationId: string) => Record<string, unknown> | undefined,
  breakdownKeys: readonly string[],
): ThemeFrequency[] {
  return themeIds.map((themeId) => {
    const coded = codings.filter((c) => c.themeIds.includes(themeId));
    const households = [...new Set(coded.map((c) => c.registrationId))];
    const breakdowns: Record<string, Record<string, number>> = {};
    for (const key of breakdownKeys) {
      const counts: Record<string, number> = {};
      for (const id of households) {
        const value = answersOf(id)?.[key];
        const answer = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        counts[answer] = (counts[answer] ?? 0) + 1;
      }
      breakdowns[key] = counts;
    }
    return { themeId, statements: coded.length, households: households.length, breakdowns };
  });
}

/**
 * A first proposal for a top 5: the themes of one kind that most households speak of (then most
 * statements, then by name). The team reorders it in the session; the proposal only starts it.
 */
export function proposeTop(
  themes: readonly { id: string; name: string; valence: ThemeValence }[],
  frequencies: readonly ThemeFrequency[],
  valence: ThemeValence,
  size = 5,
): string[] {
  const byId = new Map(frequencies.map((f) => [f.themeId, f]));
  return themes
    .filter((t) => t.valence === valence && (byId.get(t.id)?.households ?? 0) > 0)
    .sort((a, b) => {
      const fa = byId.get(a.id)!;
      const fb = byId.get(b.id)!;
      return fb.households - fa.households || fb.statements - fa.statements || a.name.localeCompare(b.name, 'nl');
    })
    .slice(0, size)
    .map((t) => t.id);
}

export const topListInput = z.object({
  valence: z.enum(themeValences, 'errors.choice'),
  themeIds: z.array(uuid).max(5, 'errors.topFive'),
});

/** Background questions a theme's speakers are broken down by (keys of the default form). */
export const themeBreakdownKeys = ['age_group', 'household_type'] as const;

export const theme = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  conditions: z.array(z.enum(socialQualityConditions)),
  valence: z.enum(themeValences),
  statements: z.number().int(),
  households: z.number().int(),
  breakdowns: z.record(z.string(), z.record(z.string(), z.number().int())),
});
export type Theme = z.infer<typeof theme>;
export const themeTopLists = z.object({ promising: z.array(z.uuid()), concern: z.array(z.uuid()) });
export const themeBoard = z.object({
  themes: z.array(theme),
  /** The team's top 5 lists as chosen in the work sessions. */
  topLists: themeTopLists,
  /** What the counts would propose, to start from. */
  proposals: themeTopLists,
});
export const coding = z.object({ registrationId: z.uuid(), category: z.enum(openTextCategories), themeIds: z.array(z.uuid()), unique: z.boolean() });
export const codingList = z.object({ codings: z.array(coding) });
export const themeParams = z.object({ id: uuid, themeId: uuid });
export const topListParams = z.object({ id: uuid, valence: z.enum(themeValences, 'errors.choice') });
export const topListBody = topListInput.omit({ valence: true });

export const workSessionInput = z.object({ heldOn: isoDate, notes: requiredText(10000) });
export const workSession = z.object({ id: z.uuid(), heldOn: z.string(), notes: z.string(), createdByName: z.string(), createdAt: z.string() });
export const workSessionList = z.object({ sessions: z.array(workSession) });

/**
 * Step 4: a round of conversation about the picture (with the resident project group, the
 * neighbourhood, the municipality…). Its outcomes are kept one by one, with the themes they
 * concern, for the action plan of phase 4 to start from.
 */
export const conversationInput = z.object({
  heldOn: isoDate,
  withWhom: requiredText(200),
  participants: z.number().int('errors.invalid').min(1, 'errors.positive').max(100000, 'errors.tooLarge').nullable().default(null),
  notes: optionalText(5000).default(''),
  outcomes: z
    .array(z.object({ text: requiredText(1000), themeIds: z.array(uuid).max(10, 'errors.tooMany').default([]) }))
    .min(1, 'errors.pickAtLeastOne')
    .max(30, 'errors.tooMany'),
});
export type ConversationInput = z.output<typeof conversationInput>;
export const conversation = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  withWhom: z.string(),
  participants: z.number().int().nullable(),
  notes: z.string(),
  createdByName: z.string(),
  outcomes: z.array(z.object({ id: z.uuid(), text: z.string(), themeIds: z.array(z.uuid()) })),
});
export const conversationList = z.object({ conversations: z.array(conversation) });
