import { z } from 'zod';
import { protectFigures, type FigureRelation, type FigureSet, type PublishedFigures } from '../privacy/protected-figures.js';
import type { Question } from '../registrations/form-definition.js';
import { surveyTemplates, type SurveyAnswers, type SurveyDefinition, type SurveyTemplate } from './definitions.js';

/**
 * Survey results as a time series per question and building phase, under the small-cell rule
 * (ADR 0002). Every count that leaves the social team is a figure of one figure set, tied by its
 * sums: a question's answers and "no answer" add up to the responses of a group; a round's groups
 * (building phases) add up to the round. Scale questions publish the number that answered and the
 * mean; a mean is shown only where its number is shown, so the sums of answers follow the same
 * relations as the counts and reveal no more than they do.
 *
 * The start of the project is the door registration: questions that share a key with it give
 * "start" figures per building phase (the whole project under the picture's own keys, so differences
 * against a published picture are caught as well).
 */
export const ALL = 'all';
export const NO_PHASE = 'none';

export interface ResultRound {
  id: string;
  template: SurveyTemplate;
  title: { nl: string; en: string };
  buildingPhaseId: string | null;
  opensOn: string;
  definition: SurveyDefinition;
}
export interface ResultResponse {
  roundId: string;
  buildingPhaseId: string | null;
  answers: SurveyAnswers;
}
export interface StartRegistration {
  buildingPhaseId: string | null;
  answers: Record<string, unknown>;
}
export interface SurveyResultsSource {
  phases: readonly { id: string; name: string }[];
  rounds: readonly ResultRound[];
  responses: readonly ResultResponse[];
  /** The scale questions of the registration form (current version) and the registrations. */
  startQuestions: readonly Question[];
  registrations: readonly StartRegistration[];
}

export const surveyFigureKeys = {
  group: (round: string, group: string) => `r:${round}:${group}:n`,
  answered: (round: string, group: string, q: string) => `r:${round}:${group}:${q}:answered`,
  noAnswer: (round: string, group: string, q: string) => `r:${round}:${group}:${q}:noAnswer`,
  option: (round: string, group: string, q: string, o: string) => `r:${round}:${group}:${q}:o:${o}`,
  /** The start: the picture's keys for the whole project, per phase keys of its own. */
  startGroup: (group: string) => (group === ALL ? 'households' : `s:${group}:n`),
  startNoAnswer: (group: string, q: string) => (group === ALL ? `q:${q}:noAnswer` : `s:${group}:${q}:noAnswer`),
  startAnswered: (group: string, q: string) => `s:${group}:${q}:answered`,
} as const;

const isAnswered = (q: Question, v: unknown) =>
  q.kind === 'scale' ? typeof v === 'number' : q.kind === 'choice' ? typeof v === 'string' : Array.isArray(v) && v.length > 0;

const byOpening = (rounds: readonly ResultRound[]) => [...rounds].sort((a, b) => a.opensOn.localeCompare(b.opensOn) || a.id.localeCompare(b.id));

/** The groups of a round: the building phases its responses came from, and the round as a whole. */
function groupsOf(responses: readonly ResultResponse[]) {
  return [...new Set(responses.map((r) => r.buildingPhaseId ?? NO_PHASE))].sort();
}

/** Sums of scale answers, by the key of their "answered" figure (never part of the figure set). */
export type AnswerSums = Record<string, number>;

/** Every figure the results could show, with the relations that tie them. */
export function surveyFigures(source: SurveyResultsSource): { set: FigureSet; sums: AnswerSums } {
  const k = surveyFigureKeys;
  const values: Record<string, number> = {};
  const relations: FigureRelation[] = [];
  const internal: string[] = [];
  const sums: AnswerSums = {};

  for (const round of source.rounds) {
    const responses = source.responses.filter((r) => r.roundId === round.id);
    const groups = groupsOf(responses);
    for (const g of groups) values[k.group(round.id, g)] = responses.filter((r) => (r.buildingPhaseId ?? NO_PHASE) === g).length;
    // The round is its groups; "all" is the round itself.
    values[k.group(round.id, ALL)] = responses.length;
    relations.push({ members: groups.map((g) => k.group(round.id, g)), total: k.group(round.id, ALL) });
    for (const q of round.definition.questions) {
      const perGroup = (g: string) => responses.filter((r) => g === ALL || (r.buildingPhaseId ?? NO_PHASE) === g);
      for (const g of [...groups, ALL]) {
        const rs = perGroup(g);
        const groupTotal = k.group(round.id, g);
        const answered = rs.filter((r) => isAnswered(q, r.answers[q.key]));
        values[k.noAnswer(round.id, g, q.key)] = rs.length - answered.length;
        internal.push(k.noAnswer(round.id, g, q.key));
        if (q.kind === 'scale') {
          values[k.answered(round.id, g, q.key)] = answered.length;
          sums[k.answered(round.id, g, q.key)] = answered.reduce((s, r) => s + (r.answers[q.key] as number), 0);
          relations.push({ members: [k.answered(round.id, g, q.key), k.noAnswer(round.id, g, q.key)], total: groupTotal });
        } else if (q.kind === 'choice') {
          const members = q.options.map((o) => k.option(round.id, g, q.key, o.key));
          q.options.forEach((o, i) => (values[members[i]!] = answered.filter((r) => r.answers[q.key] === o.key).length));
          relations.push({ members: [...members, k.noAnswer(round.id, g, q.key)], total: groupTotal });
        } else {
          for (const o of q.options) {
            const key = k.option(round.id, g, q.key, o.key);
            values[key] = answered.filter((r) => (r.answers[q.key] as string[]).includes(o.key)).length;
            values[`${key}:not`] = rs.length - values[key]!;
            internal.push(`${key}:not`);
            relations.push({ members: [key, `${key}:not`], total: groupTotal });
          }
        }
      }
      // Across the groups of a round, every figure adds up to the round's.
      const across = (of: (g: string) => string) => relations.push({ members: groups.map(of), total: of(ALL) });
      across((g) => k.noAnswer(round.id, g, q.key));
      if (q.kind === 'scale') across((g) => k.answered(round.id, g, q.key));
      else for (const o of q.options) across((g) => k.option(round.id, g, q.key, o.key));
    }
  }

  // The start: the door registration, for the scale questions a survey shares with it.
  const surveyed = new Set(source.rounds.flatMap((r) => r.definition.questions.filter((q) => q.kind === 'scale').map((q) => q.key)));
  const shared = source.startQuestions.filter((q) => q.kind === 'scale' && surveyed.has(q.key));
  if (shared.length) {
    const groups = [...new Set(source.registrations.map((r) => r.buildingPhaseId ?? NO_PHASE))].sort();
    const inGroup = (g: string) => source.registrations.filter((r) => g === ALL || (r.buildingPhaseId ?? NO_PHASE) === g);
    for (const g of [...groups, ALL]) values[k.startGroup(g)] = inGroup(g).length;
    relations.push({ members: groups.map((g) => k.startGroup(g)), total: k.startGroup(ALL) });
    for (const q of shared) {
      for (const g of [...groups, ALL]) {
        const answered = inGroup(g).filter((r) => typeof r.answers[q.key] === 'number');
        values[k.startAnswered(g, q.key)] = answered.length;
        values[k.startNoAnswer(g, q.key)] = inGroup(g).length - answered.length;
        internal.push(k.startNoAnswer(g, q.key));
        sums[k.startAnswered(g, q.key)] = answered.reduce((s, r) => s + (r.answers[q.key] as number), 0);
        relations.push({ members: [k.startAnswered(g, q.key), k.startNoAnswer(g, q.key)], total: k.startGroup(g) });
      }
      relations.push({ members: groups.map((g) => k.startAnswered(g, q.key)), total: k.startAnswered(ALL, q.key) });
      relations.push({ members: groups.map((g) => k.startNoAnswer(g, q.key)), total: k.startNoAnswer(ALL, q.key) });
    }
  }
  return { set: { values, relations, internal }, sums };
}

// ---- What leaves the team ----
const label = z.object({ nl: z.string(), en: z.string() });
const mean = z.number().nullable();
export const surveyResultPoint = z.object({
  roundId: z.string(),
  answered: z.number().int().nullable(),
  /** Scale questions: the mean where `answered` is shown. */
  mean,
  /** Scale questions: the mean's change since the first round with a shown mean in this group. */
  changeFromFirst: mean,
  /** Choice questions: the count per option (null where hidden). */
  options: z.array(z.object({ key: z.string(), count: z.number().int().nullable() })),
});
export const surveyResults = z.object({
  rounds: z.array(
    z.object({
      id: z.string(),
      template: z.enum(surveyTemplates),
      title: label,
      buildingPhaseId: z.string().nullable(),
      opensOn: z.string(),
      responses: z.number().int().nullable(),
    }),
  ),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  questions: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['scale', 'choice', 'multi']),
      label,
      min: z.number().int().nullable(),
      max: z.number().int().nullable(),
      options: z.array(z.object({ key: z.string(), label })),
      /** Per group (building phase or "all"), the rounds in order of opening. */
      series: z.array(z.object({ group: z.string(), points: z.array(surveyResultPoint) })),
    }),
  ),
  /** Questions shared with the door registration: the start (registrations) against the last round. */
  startEnd: z.array(
    z.object({
      key: z.string(),
      label,
      groups: z.array(
        z.object({
          group: z.string(),
          start: z.object({ answered: z.number().int().nullable(), mean }),
          end: z.object({ roundId: z.string(), answered: z.number().int().nullable(), mean }).nullable(),
        }),
      ),
    }),
  ),
  hiddenCount: z.number().int(),
});
export type SurveyResults = z.infer<typeof surveyResults>;

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Protects the figures against the earlier published versions and shapes what readers see. The
 * caller keeps `published` as the newest version (ADR 0002) when its figures differ from the last.
 */
export function buildSurveyResults(
  source: SurveyResultsSource,
  { earlier = [], threshold }: { earlier?: readonly PublishedFigures[]; threshold?: number } = {},
): { results: SurveyResults; published: PublishedFigures; changed: boolean } {
  const { set, sums } = surveyFigures(source);
  const last = earlier.at(-1);
  const same = last && sameFigures(last, set);
  const protectedFigures = same ? { ...last, shown: shownOf(last) } : protectFigures(set, { earlier, ...(threshold ? { threshold } : {}) });
  const shown = protectedFigures.shown;
  const k = surveyFigureKeys;
  const fig = (key: string) => (key in shown ? shown[key]! : null);
  const meanOf = (key: string) => {
    const n = fig(key);
    return n !== null && n > 0 && sums[key] !== undefined ? round1(sums[key]! / n) : null;
  };

  const rounds = byOpening(source.rounds);
  const phaseName = new Map(source.phases.map((p) => [p.id, p.name]));
  const groupIds = new Set<string>([ALL]);
  for (const r of source.responses) groupIds.add(r.buildingPhaseId ?? NO_PHASE);
  const groups = [...groupIds].map((id) => ({ id, name: id === ALL ? ALL : id === NO_PHASE ? NO_PHASE : (phaseName.get(id) ?? id) }));

  const questionOrder: { q: Question }[] = [];
  for (const round of rounds) for (const q of round.definition.questions) if (!questionOrder.some((x) => x.q.key === q.key)) questionOrder.push({ q });

  const questions = questionOrder.map(({ q }) => {
    const series = groups
      .map((g) => {
        let first: number | null = null;
        const points = rounds
          .filter((r) => r.definition.questions.some((x) => x.key === q.key && x.kind === q.kind) && `${k.group(r.id, g.id)}` in set.values)
          .map((r) => {
            const answeredKey = k.answered(r.id, g.id, q.key);
            const qq = r.definition.questions.find((x) => x.key === q.key)!;
            const answered = q.kind === 'scale' ? fig(answeredKey) : null;
            const m = q.kind === 'scale' ? meanOf(answeredKey) : null;
            if (m !== null && first === null) first = m;
            return {
              roundId: r.id,
              answered,
              mean: m,
              changeFromFirst: m !== null && first !== null ? round1(m - first) : null,
              options: 'options' in qq ? qq.options.map((o) => ({ key: o.key, count: fig(k.option(r.id, g.id, q.key, o.key)) })) : [],
            };
          });
        return { group: g.id, points };
      })
      .filter((s) => s.points.length > 0);
    return {
      key: q.key,
      kind: q.kind,
      label: { nl: q.label.nl, en: q.label.en || q.label.nl },
      min: q.kind === 'scale' ? q.min : null,
      max: q.kind === 'scale' ? q.max : null,
      options: 'options' in q ? q.options.map((o) => ({ key: o.key, label: { nl: o.label.nl, en: o.label.en || o.label.nl } })) : [],
      series,
    };
  });

  const startEnd = source.startQuestions
    .filter((q) => q.kind === 'scale' && k.startAnswered(ALL, q.key) in set.values)
    .map((q) => {
      const startGroups = [ALL, ...new Set(source.registrations.map((r) => r.buildingPhaseId ?? NO_PHASE))];
      // The end of a building phase: the last round with this question that the phase answered (its own
      // KTO); of the whole project: the last round held for the whole project, never one phase's.
      const lastRoundOf = (g: string) =>
        [...rounds]
          .reverse()
          .find(
            (r) =>
              r.definition.questions.some((x) => x.key === q.key && x.kind === 'scale') &&
              (g === ALL ? r.buildingPhaseId === null : k.group(r.id, g) in set.values),
          );
      return {
        key: q.key,
        label: { nl: q.label.nl, en: q.label.en || q.label.nl },
        groups: startGroups.map((g) => {
          const lastRound = lastRoundOf(g);
          return {
            group: g,
            start: { answered: fig(k.startAnswered(g, q.key)), mean: meanOf(k.startAnswered(g, q.key)) },
            end: lastRound
              ? { roundId: lastRound.id, answered: fig(k.answered(lastRound.id, g, q.key)), mean: meanOf(k.answered(lastRound.id, g, q.key)) }
              : null,
          };
        }),
      };
    });
  for (const g of startEnd.flatMap((s) => s.groups))
    if (!groupIds.has(g.group)) {
      groups.push({ id: g.group, name: g.group === NO_PHASE ? NO_PHASE : (phaseName.get(g.group) ?? g.group) });
      groupIds.add(g.group);
    }

  const results: SurveyResults = {
    rounds: rounds.map((r) => ({
      id: r.id,
      template: r.template,
      title: r.title,
      buildingPhaseId: r.buildingPhaseId,
      opensOn: r.opensOn,
      responses: fig(k.group(r.id, ALL)),
    })),
    groups,
    questions,
    startEnd,
    hiddenCount: protectedFigures.hidden.filter((h) => !(set.internal ?? []).includes(h)).length,
  };
  const published: PublishedFigures = {
    values: protectedFigures.values,
    relations: protectedFigures.relations,
    internal: set.internal ?? [],
    hidden: protectedFigures.hidden,
  };
  return { results, published, changed: !same };
}

function shownOf(p: PublishedFigures): Record<string, number | null> {
  const hidden = new Set(p.hidden);
  return Object.fromEntries(Object.entries(p.values).map(([key, v]) => [key, hidden.has(key) ? null : v]));
}

/** Whether a new figure set is the last published one (then it is shown as it was, not published again). */
function sameFigures(last: PublishedFigures, set: FigureSet) {
  const a = Object.keys(last.values);
  const b = Object.keys(set.values);
  if (a.length !== b.length || a.some((key) => last.values[key] !== set.values[key])) return false;
  return last.relations.length === set.relations.length;
}
