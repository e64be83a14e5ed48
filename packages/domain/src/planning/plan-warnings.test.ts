import { describe, expect, it } from 'vitest';
import type { PhaseRecord } from '../projects/phases.js';
import { planWarnings, type BuildingPhasePlan } from './plan-warnings.js';

const visits = (plannedStart: string | null, actualStart: string | null = null): PhaseRecord => ({
  phase: 'home_visits',
  plannedStart,
  plannedEnd: null,
  actualStart,
  actualEnd: null,
  status: actualStart ? 'in_progress' : 'not_started',
});
const newBuildingPhase = (overrides: Partial<BuildingPhasePlan> = {}): BuildingPhasePlan => ({
  id: 'bp1',
  name: 'Fase 1',
  plannedStart: '2017-01-02',
  plannedEnd: '2017-12-22',
  ...overrides,
});

describe('planWarnings', () => {
  it('is quiet without building phases', () => {
    expect(planWarnings([visits(null)], [])).toEqual([]);
  });
  it('accepts visits exactly three months before the works', () => {
    expect(planWarnings([visits('2016-10-02')], [newBuildingPhase()])).toEqual([]);
  });
  it('warns when the visits start later than three months before the works', () => {
    expect(planWarnings([visits('2016-10-03')], [newBuildingPhase()])).toEqual([
      { kind: 'visitsTooLate', buildingPhaseId: 'bp1', name: 'Fase 1', latestVisitStart: '2016-10-02', visitStart: '2016-10-03' },
    ]);
  });
  it('uses the actual start of the visits once they started', () => {
    expect(planWarnings([visits('2016-06-01', '2016-11-01')], [newBuildingPhase()])[0]?.kind).toBe('visitsTooLate');
  });
  it('asks for planning where dates are missing', () => {
    expect(planWarnings([], [newBuildingPhase({ plannedStart: null })])).toEqual([
      { kind: 'homeVisitsNotPlanned' },
      { kind: 'buildingPhaseNotPlanned', buildingPhaseId: 'bp1', name: 'Fase 1' },
    ]);
  });
  it('handles month ends (31 May minus three months is 28 February)', () => {
    expect(planWarnings([visits('2017-02-28')], [newBuildingPhase({ plannedStart: '2017-05-31' })])).toEqual([]);
    expect(planWarnings([visits('2017-03-01')], [newBuildingPhase({ plannedStart: '2017-05-31' })])).toHaveLength(1);
  });
});
