import { describe, expect, it } from 'vitest';
import { phaseDateProblems, projectProgress, todayInAmsterdam, type PhaseRecord } from './phases.js';

const newPhase = (overrides: Partial<PhaseRecord> = {}): PhaseRecord => ({
  phase: 'preparation',
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  status: 'not_started',
  ...overrides,
});

describe('phaseDateProblems', () => {
  it('accepts an empty, not started phase', () => {
    expect(phaseDateProblems(newPhase())).toEqual([]);
  });
  it('rejects an end before the start, naming the end', () => {
    expect(phaseDateProblems(newPhase({ plannedStart: '2024-03-01', plannedEnd: '2024-02-28' }))).toEqual([
      { field: 'plannedEnd', key: 'errors.endBeforeStart' },
    ]);
  });
  it('requires an actual end for a finished phase and a start for a running one', () => {
    expect(phaseDateProblems(newPhase({ status: 'done', actualStart: '2024-01-01' }))).toEqual([{ field: 'actualEnd', key: 'errors.doneNeedsEnd' }]);
    expect(phaseDateProblems(newPhase({ status: 'in_progress' }))).toEqual([{ field: 'actualStart', key: 'errors.inProgressNeedsStart' }]);
  });
  it('rejects an ended phase that is not marked done', () => {
    const problems = phaseDateProblems(newPhase({ status: 'in_progress', actualStart: '2024-01-01', actualEnd: '2024-02-01' }));
    expect(problems).toEqual([{ field: 'status', key: 'errors.endedPhaseNotDone' }]);
  });
});

describe('projectProgress', () => {
  it('puts a project without records in preparation', () => {
    const progress = projectProgress([], '2026-11-22');
    expect(progress.current).toBe('preparation');
    expect(progress.phases).toHaveLength(5);
    expect(progress.doneCount).toBe(0);
  });
  it('follows the running phase (Lankforst: phase 2 under way)', () => {
    const progress = projectProgress(
      [
        newPhase({ phase: 'preparation', status: 'done', actualStart: '2021-01-01', actualEnd: '2021-06-30' }),
        newPhase({ phase: 'home_visits', status: 'in_progress', actualStart: '2021-09-01', plannedEnd: '2027-01-01' }),
      ],
      '2026-11-22',
    );
    expect(progress.current).toBe('home_visits');
    expect(progress.doneCount).toBe(1);
    expect(progress.phases[1]).toEqual({ phase: 'home_visits', status: 'in_progress', late: false });
  });
  it('marks a phase late when its planned end passed', () => {
    const progress = projectProgress([newPhase({ phase: 'preparation', plannedEnd: '2026-11-21' })], '2026-11-22');
    expect(progress.phases[0]?.late).toBe(true);
  });
  it('has no current phase when all five are done', () => {
    const done = (['preparation', 'home_visits', 'neighbourhood_picture', 'social_connecting', 'evaluation'] as const).map((phase) =>
      newPhase({ phase, status: 'done', actualStart: '2016-01-01', actualEnd: '2019-12-31' }),
    );
    expect(projectProgress(done, '2026-11-22')).toMatchObject({ current: null, doneCount: 5 });
  });
});

describe('todayInAmsterdam', () => {
  it('uses the Amsterdam date, not UTC, around midnight', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2).
    expect(todayInAmsterdam(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(todayInAmsterdam(new Date('2026-01-15T22:59:00Z'))).toBe('2026-01-15');
  });
});
