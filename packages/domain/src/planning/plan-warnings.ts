import { parseISO, subMonths, formatISO } from 'date-fns';
import type { PhaseRecord } from '../projects/phases.js';

/** Home visits must start this many months before the works of a building phase (handbook, appendix 2). */
export const MIN_VISIT_LEAD_MONTHS = 3;

export interface BuildingPhasePlan {
  id: string;
  name: string;
  plannedStart: string | null;
  plannedEnd: string | null;
}

export type PlanWarning =
  | { kind: 'homeVisitsNotPlanned' }
  | { kind: 'buildingPhaseNotPlanned'; buildingPhaseId: string; name: string }
  | { kind: 'visitsTooLate'; buildingPhaseId: string; name: string; latestVisitStart: string; visitStart: string };

/** Where the approach's home visits and the building phases' works are not aligned. */
export function planWarnings(approach: readonly PhaseRecord[], buildingPhases: readonly BuildingPhasePlan[]): PlanWarning[] {
  if (buildingPhases.length === 0) return [];
  const warnings: PlanWarning[] = [];
  const visits = approach.find((p) => p.phase === 'home_visits');
  const visitStart = visits?.actualStart ?? visits?.plannedStart ?? null;
  if (!visitStart) warnings.push({ kind: 'homeVisitsNotPlanned' });
  for (const bp of buildingPhases) {
    if (!bp.plannedStart) {
      warnings.push({ kind: 'buildingPhaseNotPlanned', buildingPhaseId: bp.id, name: bp.name });
      continue;
    }
    const latestVisitStart = formatISO(subMonths(parseISO(bp.plannedStart), MIN_VISIT_LEAD_MONTHS), { representation: 'date' });
    if (visitStart && visitStart > latestVisitStart)
      warnings.push({ kind: 'visitsTooLate', buildingPhaseId: bp.id, name: bp.name, latestVisitStart, visitStart });
  }
  return warnings;
}
