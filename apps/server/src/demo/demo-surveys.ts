import { builtInSurvey, surveyTemplates, type SurveyAnswers } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';

/**
 * The finished Spoorbuurt's satisfaction surveys (KTO): a round after each of its three building
 * phases, answered by 180, 170 and 150 addresses. Answers are invented, deterministic and spread
 * like real ones: most satisfied, a tail of dissatisfied, some questions skipped, and a little better
 * each phase as the team learned (the handbook's lessons of phase 1).
 */
const rounds = [
  { phase: 'Bouwfase 1', opensOn: '2018-01-15', closesOn: '2018-02-28', responses: 180, lift: 0 },
  { phase: 'Bouwfase 2', opensOn: '2019-01-14', closesOn: '2019-02-28', responses: 170, lift: 0.4 },
  { phase: 'Bouwfase 3', opensOn: '2020-01-13', closesOn: '2020-02-28', responses: 150, lift: 0.7 },
];

/** A small deterministic generator (mulberry32): the same answers on every machine. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A mark from 1 to 10 around a mean, with a tail of low marks. */
function mark(random: () => number, mean: number) {
  const spread = (random() + random() + random() - 1.5) * 2.6;
  const low = random() < 0.06 ? -3 : 0;
  return Math.min(10, Math.max(1, Math.round(mean + spread + low)));
}

function choose<T extends string>(random: () => number, weights: readonly [T, number][]): T {
  let r = random() * weights.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of weights) if ((r -= w) < 0) return value;
  return weights.at(-1)![0];
}

export function demoKtoAnswers(roundIndex: number, responseIndex: number): SurveyAnswers {
  const random = generator(1000 * (roundIndex + 1) + responseIndex);
  const lift = rounds[roundIndex]!.lift;
  const answers: SurveyAnswers = {};
  const maybe = (key: string, value: number | string) => {
    if (random() >= 0.05) answers[key] = value;
  };
  maybe('works_satisfaction', mark(random, 6.9 + lift));
  maybe('home_satisfaction', mark(random, 7.4 + lift * 0.8));
  maybe('neighbourhood_satisfaction', mark(random, 6.9 + lift * 0.6));
  maybe('contractor_conduct', mark(random, 7.5 + lift * 0.5));
  maybe(
    'informed',
    choose(random, [
      ['yes', 60 + lift * 15],
      ['partly', 28],
      ['no', 12 - lift * 5],
    ]),
  );
  maybe(
    'conversation_helped',
    choose(random, [
      ['yes', 42],
      ['somewhat', 26],
      ['no', 15],
      ['not_had', 17],
    ]),
  );
  maybe(
    'recommend',
    choose(random, [
      ['yes', 68 + lift * 10],
      ['unsure', 22],
      ['no', 10],
    ]),
  );
  return answers;
}

export async function addDemoSurveys(trx: Db, projectId: string, leaderId: string) {
  const versions = await trx
    .insertInto('survey_versions')
    .values(
      surveyTemplates.map((template) => ({
        project_id: projectId,
        template,
        version: 1,
        definition: JSON.stringify(builtInSurvey[template]()),
        created_by: leaderId,
      })),
    )
    .returning(['id', 'template'])
    .execute();
  const kto = versions.find((v) => v.template === 'kto')!.id;
  const phases = new Map(
    (await trx.selectFrom('building_phases').where('project_id', '=', projectId).select(['id', 'name']).execute()).map((p) => [p.name, p.id]),
  );
  for (const [roundIndex, round] of rounds.entries()) {
    const phaseId = phases.get(round.phase)!;
    const row = await trx
      .insertInto('survey_rounds')
      .values({
        project_id: projectId,
        survey_version_id: kto,
        building_phase_id: phaseId,
        opens_on: round.opensOn,
        closes_on: round.closesOn,
        created_by: leaderId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const opens = Date.parse(`${round.opensOn}T12:00:00Z`);
    const days = Math.round((Date.parse(`${round.closesOn}T12:00:00Z`) - opens) / 86_400_000);
    await trx
      .insertInto('survey_responses')
      .values(
        Array.from({ length: round.responses }, (_, i) => ({
          round_id: row.id,
          building_phase_id: phaseId,
          // Most through the letter's link, the rest on the team's tablet at the coffee cart.
          channel: i % 5 < 3 ? ('link' as const) : ('tablet' as const),
          answers: JSON.stringify(demoKtoAnswers(roundIndex, i)),
          submitted_on: new Date(opens + Math.floor(((i * 7) % (days + 1)) * 86_400_000)).toISOString().slice(0, 10),
        })),
      )
      .execute();
  }
}
