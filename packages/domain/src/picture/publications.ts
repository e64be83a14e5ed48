import { z } from 'zod';
import { openTextCategories } from '../registrations/form-definition.js';
import type { RegistrationOverview } from '../registrations/overview.js';
import { protectFigures, SMALL_CELL_THRESHOLD, type FigureRelation, type FigureSet, type PublishedFigures } from '../privacy/protected-figures.js';
import { optionalText, requiredText, uuid } from '../validation/common.js';
import { localDateTime } from '../visits/visits.js';
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

/**
 * The conversation the talking poster invites residents to: when (local time, Europe/Amsterdam),
 * where and whom to ask. They are the team's details, meant to be read by everyone.
 */
export interface PosterMeeting {
  at: string;
  place: string;
  contact: string;
}

export const publicationInput = z
  .object({
    kind: z.enum(publicationKinds, 'errors.choice'),
    title: requiredText(120),
    /** For the poster: a few sentences in plain language. */
    introduction: optionalText(3000).default(''),
    /** For the poster only (asked when the kind is poster, ignored otherwise). */
    meetingAt: z.string().default(''),
    meetingPlace: optionalText(200).default(''),
    meetingContact: optionalText(200).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== 'poster') return;
    if (!localDateTime.safeParse(v.meetingAt).success)
      ctx.addIssue({ code: 'custom', path: ['meetingAt'], message: v.meetingAt === '' ? 'errors.required' : 'errors.dateTime' });
    if (v.meetingPlace === '') ctx.addIssue({ code: 'custom', path: ['meetingPlace'], message: 'errors.required' });
    if (v.meetingContact === '') ctx.addIssue({ code: 'custom', path: ['meetingContact'], message: 'errors.required' });
  });
export type PublicationInput = z.output<typeof publicationInput>;

/** The meeting a new version carries: the poster's, nothing for the other kinds. */
export function posterMeetingOf(input: PublicationInput): PosterMeeting | null {
  return input.kind === 'poster' ? { at: input.meetingAt, place: input.meetingPlace, contact: input.meetingContact } : null;
}
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
  /** Households spoken to with a registration; null when fewer than the threshold or hidden against an earlier version. */
  households: ShownCount;
  /** Fewer households than the threshold: the version has no figures at all. Absent in versions made before it was kept. */
  tooFewHouseholds?: boolean;
  questions: { key?: string; label: string; multiple: boolean; options: { key?: string; label: string; count: ShownCount }[]; noAnswer: ShownCount }[];
  topLists: Record<ThemeValence, string[]>;
  themesByCondition: Record<SocialQualityCondition, { key?: string; name: string; description: string; valence: ThemeValence; households: ShownCount }[]>;
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

/** The names of a top list, in its order; a theme that is not (or no longer) of the list's kind is left out. */
function topListNames(source: PictureSource, valence: ThemeValence): string[] {
  const byId = new Map(source.themes.map((t) => [t.id, t]));
  return source.topLists[valence].flatMap((id) => {
    const theme = byId.get(id);
    return theme && theme.valence === valence ? [theme.name] : [];
  });
}

/** Keys of the figures a version carries; the same in the report, the poster and the feedback, and in every version. */
export const pictureFigureKeys = {
  households: 'households',
  option: (question: string, option: string) => `q:${question}:${option}`,
  noAnswer: (question: string) => `q:${question}:noAnswer`,
  theme: (id: string) => `theme:${id}`,
  actionsDone: 'followUp:actionsDone',
  householdsReferred: 'followUp:householdsReferred',
} as const;

/**
 * Every figure a report, poster or feedback could show, with the sums that tie them: the answers
 * of a question and "no answer" add up to the households spoken to, and so do the households that
 * mention a theme (or were referred) and those that did not. A theme nobody raised is hidden too,
 * so "0 households" cannot be told from a small number.
 */
export function pictureFigures(source: PictureSource): FigureSet {
  const k = pictureFigureKeys;
  const n = source.overview.registrations;
  const values: Record<string, number> = { [k.households]: n };
  const relations: FigureRelation[] = [];
  const zeroIsSmall: string[] = [];
  const internal: string[] = [];
  /** A count and its complement add up to all households; a count that exceeds them stands alone. */
  const split = (key: string, count: number) => {
    values[key] = count;
    if (count > n) return;
    values[`${key}:not`] = n - count;
    internal.push(`${key}:not`);
    relations.push({ members: [key, `${key}:not`], total: k.households });
  };
  for (const q of source.overview.questions) {
    if (q.kind === 'multi') {
      // Several answers per household: each option is its own yes/no split of all households.
      for (const o of q.options) split(k.option(q.key, o.key), o.count);
      const answered = `q:${q.key}:answered`;
      values[answered] = q.answered;
      internal.push(answered);
      values[k.noAnswer(q.key)] = Math.max(0, n - q.answered);
      if (q.answered <= n) relations.push({ members: [answered, k.noAnswer(q.key)], total: k.households });
      continue;
    }
    const members = q.options.map((o) => k.option(q.key, o.key));
    q.options.forEach((o, i) => (values[members[i]!] = o.count));
    values[k.noAnswer(q.key)] = Math.max(0, n - q.answered);
    members.push(k.noAnswer(q.key));
    if (members.reduce((sum, m) => sum + values[m]!, 0) === n) relations.push({ members, total: k.households });
  }
  for (const t of source.themes) {
    split(k.theme(t.id), t.households);
    zeroIsSmall.push(k.theme(t.id));
  }
  if (source.followUp) {
    values[k.actionsDone] = source.followUp.actionsDone;
    split(k.householdsReferred, source.followUp.householdsReferred);
  }
  return { values, relations, zeroIsSmall, internal };
}

export interface ProtectedPicture {
  content: PictureContent;
  /** The true figures and what was hidden: kept with the version (never shown) to protect later versions against it. */
  figures: PublishedFigures;
}

/**
 * What a report or poster may show: every figure follows the small-cell rule within the version
 * and against every version published before it.
 */
export function pictureContent(
  source: PictureSource,
  { threshold = SMALL_CELL_THRESHOLD, earlier = [] }: { threshold?: number; earlier?: readonly PublishedFigures[] } = {},
): ProtectedPicture {
  const k = pictureFigureKeys;
  const n = source.overview.registrations;
  const { shown, ...figures } = protectFigures(pictureFigures(source), { threshold, earlier });
  const tooFew = n < threshold;
  const names = new Map(source.themes.map((t) => [t.id, t.name]));
  const questions = (tooFew ? [] : source.overview.questions).map((q) => ({
    key: q.key,
    label: q.label[source.locale],
    multiple: q.kind === 'multi',
    options: q.options.map((o) => ({ key: k.option(q.key, o.key), label: o.label[source.locale], count: shown[k.option(q.key, o.key)]! })),
    noAnswer: shown[k.noAnswer(q.key)]!,
  }));
  const themesByCondition = Object.fromEntries(
    socialQualityConditions.map((c) => [c, [] as PictureContent['themesByCondition'][SocialQualityCondition]]),
  ) as PictureContent['themesByCondition'];
  for (const t of source.themes)
    for (const c of t.conditions)
      themesByCondition[c].push({ key: k.theme(t.id), name: t.name, description: t.description, valence: t.valence, households: shown[k.theme(t.id)]! });
  const content: PictureContent = {
    households: shown[k.households]!,
    tooFewHouseholds: tooFew,
    questions,
    topLists: { promising: topListNames(source, 'promising'), concern: topListNames(source, 'concern') },
    themesByCondition,
    quotes: source.quotes.map((q) => ({ text: q.text, theme: q.themeId ? (names.get(q.themeId) ?? null) : null })),
    followUp: {
      actionsDone: source.followUp ? shown[k.actionsDone]! : null,
      householdsReferred: source.followUp ? shown[k.householdsReferred]! : null,
    },
  };
  return { content, figures };
}

/**
 * A version protected again when it is published, against the versions published since it was
 * made: it may only hide more. Versions made before their figures were kept cannot be checked and
 * are left as they are.
 */
export function reprotectPicture(
  content: PictureContent,
  figures: PublishedFigures | null,
  { threshold = SMALL_CELL_THRESHOLD, earlier = [] }: { threshold?: number; earlier?: readonly PublishedFigures[] } = {},
): ProtectedPicture | null {
  if (!figures) return null;
  const k = pictureFigureKeys;
  const { shown, ...protectedFigures } = protectFigures(figures, { threshold, earlier, alsoHidden: figures.hidden });
  const at = (key: string | undefined, was: ShownCount) => (key === undefined ? was : key in shown ? shown[key]! : was);
  const themesByCondition = Object.fromEntries(
    Object.entries(content.themesByCondition).map(([condition, themes]) => [condition, themes.map((t) => ({ ...t, households: at(t.key, t.households) }))]),
  ) as PictureContent['themesByCondition'];
  return {
    content: {
      ...content,
      households: at(k.households, content.households),
      questions: content.questions.map((q) => ({
        ...q,
        options: q.options.map((o) => ({ ...o, count: at(o.key, o.count) })),
        noAnswer: q.key === undefined ? q.noAnswer : at(k.noAnswer(q.key), q.noAnswer),
      })),
      themesByCondition,
      followUp: {
        actionsDone: at(k.actionsDone, content.followUp.actionsDone),
        householdsReferred: at(k.householdsReferred, content.followUp.householdsReferred),
      },
    },
    figures: protectedFigures,
  };
}
