import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reader, smallChangesFound } from '../privacy/figure-attacker.js';
import type { Question } from '../registrations/form-definition.js';
import { ktoDefinition, type SurveyDefinition } from './definitions.js';
import { ALL, buildSurveyResults, surveyFigureKeys as k, surveyFigures, type ResultResponse, type ResultRound, type SurveyResultsSource } from './results.js';

const satisfaction: Question = {
  kind: 'scale',
  key: 'neighbourhood_satisfaction',
  label: { nl: 'Tevreden over de buurt', en: '' },
  min: 1,
  max: 10,
  required: false,
};
const informed: Question = {
  kind: 'choice',
  key: 'informed',
  label: { nl: 'Geïnformeerd', en: '' },
  options: ['yes', 'partly', 'no'].map((key) => ({ key, label: { nl: key, en: key } })),
  required: false,
};
const definition: SurveyDefinition = { title: { nl: 'KTO', en: 'KTO' }, questions: [satisfaction, informed] };
const phases = ['p1', 'p2', 'p3'].map((id) => ({ id, name: `Bouwfase ${id}` }));

const answer = fc.record({
  score: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  informed: fc.option(fc.constantFrom('yes', 'partly', 'no'), { nil: undefined }),
});
const toAnswers = (a: { score: number | undefined; informed: string | undefined }) => ({
  ...(a.score === undefined ? {} : { neighbourhood_satisfaction: a.score }),
  ...(a.informed === undefined ? {} : { informed: a.informed }),
});

/** Rounds over one to three phases, with one round and phase where exactly four households rated the neighbourhood. */
const world = fc
  .record({
    rounds: fc.integer({ min: 1, max: 3 }),
    perGroup: fc.array(fc.array(answer, { minLength: 1, maxLength: 14 }), { minLength: 9, maxLength: 9 }),
    planted: fc.record({
      round: fc.integer({ min: 0, max: 2 }),
      phase: fc.integer({ min: 0, max: 2 }),
      scores: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 4, maxLength: 4 }),
      silent: fc.array(
        answer.map((a) => ({ ...a, score: undefined })),
        { maxLength: 6 },
      ),
    }),
    late: fc.array(answer, { maxLength: 8 }),
    registrations: fc.array(fc.record({ phase: fc.integer({ min: 0, max: 2 }), score: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }) }), {
      maxLength: 40,
    }),
  })
  .map(({ rounds: roundCount, perGroup, planted, late, registrations }) => {
    const rounds: ResultRound[] = Array.from({ length: roundCount }, (_, i) => ({
      id: `round${i}`,
      template: 'kto',
      title: { nl: `Ronde ${i}`, en: '' },
      buildingPhaseId: null,
      opensOn: `202${i}-01-01`,
      definition,
    }));
    const plantedRound = rounds[planted.round % roundCount]!.id;
    const plantedPhase = phases[planted.phase]!.id;
    const responses: ResultResponse[] = [];
    rounds.forEach((r, ri) =>
      phases.forEach((p, pi) => {
        for (const a of perGroup[ri * 3 + pi]!) {
          // The planted group: nobody else there rates the neighbourhood.
          const answers = toAnswers(r.id === plantedRound && p.id === plantedPhase ? { ...a, score: undefined } : a);
          responses.push({ roundId: r.id, buildingPhaseId: p.id, answers });
        }
      }),
    );
    for (const score of planted.scores)
      responses.push({ roundId: plantedRound, buildingPhaseId: plantedPhase, answers: { neighbourhood_satisfaction: score } });
    for (const a of planted.silent) responses.push({ roundId: plantedRound, buildingPhaseId: plantedPhase, answers: toAnswers(a) });
    // Later responses in the last round (a second published version; every group is already there, so both versions have the same figures).
    const lateResponses = late
      .map((a, i) => ({ roundId: rounds.at(-1)!.id, buildingPhaseId: phases[i % 3]!.id, answers: toAnswers(a) }))
      .filter((r) => !(r.roundId === plantedRound && r.buildingPhaseId === plantedPhase));
    const source = (withLate: boolean): SurveyResultsSource => ({
      phases,
      rounds,
      responses: withLate ? [...responses, ...lateResponses] : responses,
      startQuestions: [satisfaction],
      registrations: registrations.map((r) => ({
        buildingPhaseId: phases[r.phase]!.id,
        answers: r.score === undefined ? {} : { neighbourhood_satisfaction: r.score },
      })),
    });
    return { source, plantedRound, plantedPhase };
  });

describe('survey results under the small-cell rule', () => {
  it('suppresses a question answered by 4 households in a building phase in every output, also by subtracting from the total and between versions', () => {
    fc.assert(
      fc.property(world, ({ source, plantedRound, plantedPhase }) => {
        const plantedKey = k.answered(plantedRound, plantedPhase, 'neighbourhood_satisfaction');
        const first = buildSurveyResults(source(false));
        const second = buildSurveyResults(source(true), { earlier: [first.published] });
        for (const version of [first, second]) {
          const { results, published } = version;
          expect(published.values[plantedKey]).toBe(4);
          expect(published.hidden).toContain(plantedKey);
          // The output itself: the planted point shows neither a count nor a mean.
          const series = results.questions.find((q) => q.key === 'neighbourhood_satisfaction')!.series.find((s) => s.group === plantedPhase)!;
          const point = series.points.find((p) => p.roundId === plantedRound)!;
          expect(point).toMatchObject({ answered: null, mean: null, changeFromFirst: null });
          // No count of 1 to 4 is shown anywhere.
          const shownCounts = [
            ...results.rounds.map((r) => r.responses),
            ...results.questions.flatMap((q) => q.series.flatMap((s) => s.points.flatMap((p) => [p.answered, ...p.options.map((o) => o.count)]))),
            ...results.startEnd.flatMap((s) => s.groups.flatMap((g) => [g.start.answered, g.end?.answered ?? null])),
          ];
          expect(shownCounts.filter((c) => c !== null && c > 0 && c < 5)).toEqual([]);
          // Subtracting: the round's total minus the other phases, or any sum of shown figures, gives nothing.
          const shown = Object.fromEntries(Object.keys(published.values).map((key) => [key, published.hidden.includes(key) ? null : published.values[key]!]));
          expect(reader(shown, published.relations)([plantedKey])).toBeUndefined();
          const total = shown[k.answered(plantedRound, ALL, 'neighbourhood_satisfaction')];
          const others = phases.filter((p) => p.id !== plantedPhase).map((p) => shown[k.answered(plantedRound, p.id, 'neighbourhood_satisfaction')]);
          if (total !== null && total !== undefined) expect(others.some((o) => o === null || o === undefined)).toBe(true);
          // The sums of the scores (mean × number) follow the same relations: the four scores' sum stays hidden too.
          const { sums } = surveyFigures(version === first ? source(false) : source(true));
          const shownSums = Object.fromEntries(Object.keys(sums).map((key) => [key, shown[key] === null ? null : sums[key]!]));
          const sumRelations = published.relations.filter((r) => r.total in sums && r.members.every((m) => m in sums));
          expect(reader(shownSums, sumRelations)([plantedKey])).toBeUndefined();
        }
        // Between the two versions no small change can be worked out.
        const attacked = [first, second].map(({ published }) => ({
          values: published.values,
          relations: published.relations,
          shown: Object.fromEntries(Object.keys(published.values).map((key) => [key, published.hidden.includes(key) ? null : published.values[key]!])),
        }));
        expect(smallChangesFound(attacked[0]!, attacked[1]!, 5)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('shows means per phase and their change against the first round, and start against end', () => {
    const rounds: ResultRound[] = [0, 1].map((i) => ({
      id: `r${i}`,
      template: 'kto',
      title: { nl: `R${i}`, en: '' },
      buildingPhaseId: null,
      opensOn: `202${i}-06-01`,
      definition,
    }));
    const responses: ResultResponse[] = [
      ...Array.from({ length: 10 }, (_, i) => ({ roundId: 'r0', buildingPhaseId: 'p1', answers: { neighbourhood_satisfaction: i < 5 ? 6 : 7 } })),
      ...Array.from({ length: 10 }, () => ({ roundId: 'r1', buildingPhaseId: 'p1', answers: { neighbourhood_satisfaction: 8 } })),
    ];
    const registrations = Array.from({ length: 10 }, () => ({ buildingPhaseId: 'p1', answers: { neighbourhood_satisfaction: 5 } }));
    const { results } = buildSurveyResults({ phases, rounds, responses, startQuestions: [satisfaction], registrations });
    const series = results.questions[0]!.series.find((s) => s.group === 'p1')!;
    expect(series.points.map((p) => [p.answered, p.mean, p.changeFromFirst])).toEqual([
      [10, 6.5, 0],
      [10, 8, 1.5],
    ]);
    const startEnd = results.startEnd.find((s) => s.key === 'neighbourhood_satisfaction')!.groups.find((g) => g.group === 'p1')!;
    expect(startEnd).toEqual({ group: 'p1', start: { answered: 10, mean: 5 }, end: { roundId: 'r1', answered: 10, mean: 8 } });
  });

  it("ends each building phase at its own last round (a phase's KTO), and the whole project only at a round for the whole project", () => {
    const rounds: ResultRound[] = ['p1', 'p2'].map((phase, i) => ({
      id: `r${i}`,
      template: 'kto',
      title: { nl: `R${i}`, en: '' },
      buildingPhaseId: phase,
      opensOn: `202${i}-06-01`,
      definition,
    }));
    const responses: ResultResponse[] = ['p1', 'p2'].flatMap((phase, i) =>
      Array.from({ length: 10 }, () => ({ roundId: `r${i}`, buildingPhaseId: phase, answers: { neighbourhood_satisfaction: 7 + i } })),
    );
    const registrations = ['p1', 'p2'].flatMap((phase) =>
      Array.from({ length: 10 }, () => ({ buildingPhaseId: phase, answers: { neighbourhood_satisfaction: 6 } })),
    );
    const { results } = buildSurveyResults({ phases, rounds, responses, startQuestions: [satisfaction], registrations });
    const groups = results.startEnd[0]!.groups;
    expect(groups.find((g) => g.group === 'p1')!.end).toEqual({ roundId: 'r0', answered: 10, mean: 7 });
    expect(groups.find((g) => g.group === 'p2')!.end).toEqual({ roundId: 'r1', answered: 10, mean: 8 });
    expect(groups.find((g) => g.group === ALL)!.end).toBeNull();
  });

  it('publishes no new version when nothing changed', () => {
    const source: SurveyResultsSource = {
      phases,
      rounds: [{ id: 'r', template: 'kto', title: { nl: 'R', en: '' }, buildingPhaseId: null, opensOn: '2024-01-01', definition: ktoDefinition() }],
      responses: [],
      startQuestions: [],
      registrations: [],
    };
    const first = buildSurveyResults(source);
    expect(first.changed).toBe(true);
    expect(buildSurveyResults(source, { earlier: [first.published] }).changed).toBe(false);
  });
});
