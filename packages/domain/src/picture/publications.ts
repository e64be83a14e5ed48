import { z } from 'zod';
import { openTextCategories } from '../registrations/form-definition.js';
import type { RegistrationOverview } from '../registrations/overview.js';
import { protectCounts, SMALL_CELL_THRESHOLD } from '../privacy/small-cells.js';
import { optionalText, requiredText, uuid } from '../validation/common.js';
import { socialQualityConditions, type SocialQualityCondition, type ThemeValence } from './themes.js';

/**
 * Step 3 "the picture": a report and a one-page talking poster, versioned, each version going
 * through review: concept → outside reader → resident project group → published. What they show
 * leaves the project team, so every figure follows the small-cell rule and every quote has passed
 * the identifying-details check; nothing in them links to a household.
 */
/** The report, the talking poster, and the short feedback to residents after the visits. */
export const publicationKinds = ['report', 'poster', 'feedback'] as const;
export type PublicationKind = (typeof publicationKinds)[number];
export const reviewStages = ['concept', 'outside_reader', 'resident_group', 'published'] as const;
export type ReviewStage = (typeof reviewStages)[number];

/** The stage after this one, or null once published (a published version never changes). */
export function nextReviewStage(stage: ReviewStage): ReviewStage | null {
  const i = reviewStages.indexOf(stage);
  return i < reviewStages.length - 1 ? reviewStages[i + 1]! : null;
}

export const publicationInput = z.object({
  kind: z.enum(publicationKinds, 'errors.choice'),
  title: requiredText(120),
  /** For the poster: a few sentences in plain language. */
  introduction: optionalText(3000).default(''),
});
export type PublicationInput = z.output<typeof publicationInput>;
export const reviewInput = z.object({ note: optionalText(2000).default('') });

export const publication = z.object({
  id: z.uuid(),
  kind: z.enum(publicationKinds),
  version: z.number().int(),
  title: z.string(),
  stage: z.enum(reviewStages),
  createdByName: z.string(),
  createdAt: z.string(),
  reviews: z.array(z.object({ stage: z.enum(reviewStages), note: z.string(), byName: z.string(), at: z.string() })),
});
export type Publication = z.infer<typeof publication>;
export const publicationList = z.object({ publications: z.array(publication) });
export const publicationParams = z.object({ id: uuid, publicationId: uuid });

/** A quote for the picture: a resident's statement, shortened or rephrased by the team if needed. */
export const quoteInput = z.object({
  registrationId: uuid.nullable().default(null),
  category: z.enum(openTextCategories, 'errors.choice'),
  text: requiredText(600),
  themeId: uuid.nullable().default(null),
});
export type QuoteInput = z.output<typeof quoteInput>;
export const quote = z.object({
  id: z.uuid(),
  category: z.enum(openTextCategories),
  text: z.string(),
  themeId: z.uuid().nullable(),
  approved: z.boolean(),
  approvedByName: z.string().nullable(),
});
export const quoteList = z.object({ quotes: z.array(quote) });
export const quoteParams = z.object({ id: uuid, quoteId: uuid });

/** A figure that may be shown, or null where the small-cell rule hides it. */
export type ShownCount = number | null;

export interface PictureContent {
  /** Households spoken to with a registration; null when fewer than the threshold. */
  households: ShownCount;
  questions: { label: string; multiple: boolean; options: { label: string; count: ShownCount }[]; noAnswer: ShownCount }[];
  topLists: Record<ThemeValence, string[]>;
  themesByCondition: Record<SocialQualityCondition, { name: string; description: string; valence: ThemeValence; households: ShownCount }[]>;
  quotes: { text: string; theme: string | null }[];
  /** What has been done since the visits (feedback to residents). */
  followUp: { actionsDone: ShownCount; householdsReferred: ShownCount };
}

export interface PictureSource {
  overview: RegistrationOverview;
  locale: 'nl' | 'en';
  themes: { id: string; name: string; description: string; conditions: readonly SocialQualityCondition[]; valence: ThemeValence; households: number }[];
  topLists: Record<ThemeValence, readonly string[]>;
  /** Approved quotes only. */
  quotes: { text: string; themeId: string | null }[];
  followUp?: { actionsDone: number; householdsReferred: number };
}

/**
 * What a report or poster may show. Answers of a question and "no answer" form one row whose
 * total is the number of households, so no small group can be read off by subtracting; a theme's
 * households likewise against those who did not mention it.
 */
/** The names of a top list, in its order; a theme that is not (or no longer) of the list's kind is left out. */
function topListNames(source: PictureSource, valence: ThemeValence): string[] {
  const byId = new Map(source.themes.map((t) => [t.id, t]));
  return source.topLists[valence].flatMap((id) => {
    const theme = byId.get(id);
    return theme && theme.valence === valence ? [theme.name] : [];
  });
}

export function pictureContent(source: PictureSource, threshold = SMALL_CELL_THRESHOLD): PictureContent {
  const n = source.overview.registrations;
  const shownTotal = n >= threshold ? n : null;
  const names = new Map(source.themes.map((t) => [t.id, t.name]));
  const questions = (shownTotal === null ? [] : source.overview.questions).map((q) => {
    const counts = q.options.map((o) => o.count);
    const noAnswer = Math.max(0, n - q.answered);
    if (q.kind === 'multi') {
      // Several answers per household: each option is its own yes/no split of all households.
      const options = q.options.map((o) => ({ label: o.label[source.locale], count: protectCounts([[o.count, n - o.count]], threshold).cells[0]![0]! }));
      return { label: q.label[source.locale], multiple: true, options, noAnswer: protectCounts([[q.answered, noAnswer]], threshold).cells[0]![1]! };
    }
    const protectedRow = protectCounts([[...counts, noAnswer]], threshold).cells[0]!;
    return {
      label: q.label[source.locale],
      multiple: false,
      options: q.options.map((o, i) => ({ label: o.label[source.locale], count: protectedRow[i]! })),
      noAnswer: protectedRow[counts.length]!,
    };
  });
  const themesByCondition = Object.fromEntries(socialQualityConditions.map((c) => [c, [] as PictureContent['themesByCondition'][SocialQualityCondition]])) as PictureContent['themesByCondition'];
  for (const t of source.themes) {
    const households = protectCounts([[t.households, Math.max(0, n - t.households)]], threshold).cells[0]![0]!;
    for (const c of t.conditions) themesByCondition[c].push({ name: t.name, description: t.description, valence: t.valence, households });
  }
  return {
    households: shownTotal,
    questions,
    topLists: { promising: topListNames(source, 'promising'), concern: topListNames(source, 'concern') },
    themesByCondition,
    quotes: source.quotes.map((q) => ({ text: q.text, theme: q.themeId ? (names.get(q.themeId) ?? null) : null })),
    followUp: {
      actionsDone: source.followUp ? (source.followUp.actionsDone === 0 || source.followUp.actionsDone >= threshold ? source.followUp.actionsDone : null) : null,
      householdsReferred: source.followUp ? protectCounts([[source.followUp.householdsReferred, Math.max(0, n - source.followUp.householdsReferred)]], threshold).cells[0]![0]! : null,
    },
  };
}
