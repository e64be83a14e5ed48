import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';

/**
 * The finished Spoorbuurt measured before and after per household: wellbeing (1-10) and the
 * participation ladder (1-6) at the first visit and about two years later, on the pseudonyms of
 * households the team spoke to. Bouwfase 1 and 2 measured both for enough households for their mean
 * change to show; in Bouwfase 3 only three households were asked about their wellbeing (not the
 * ladder), so the small-cell rule holds its wellbeing back (and, so it cannot be worked out from the
 * total, Bouwfase 2's with it), while the ladder shows for Bouwfase 1 and 2. Values are invented and deterministic.
 */
const perPhase: Record<string, number> = { 'Bouwfase 1': 16, 'Bouwfase 2': 12, 'Bouwfase 3': 3 };

/** A first and later measurement for the i-th household: most a little better, a few worse. */
export function demoMeasurement(i: number) {
  const wellbeing = 4 + ((i * 7) % 4);
  const ladder = 1 + (i % 3);
  const change = i % 7 === 3 ? -1 : 1 + (i % 3 === 0 ? 1 : 0);
  return {
    first: { wellbeing, ladder },
    later: { wellbeing: Math.min(10, Math.max(1, wellbeing + change)), ladder: Math.min(6, ladder + (i % 2)) },
  };
}

export async function addDemoBeforeAfter(trx: Db, projectId: string, userId: string) {
  await trx.insertInto('before_after_settings').values({ project_id: projectId, enabled: true, updated_by: userId }).execute();
  const households = await sql<{ householdKey: string; buildingPhaseId: string; phase: string; plannedStart: string }>`
    select r.household_key as "householdKey", r.building_phase_id as "buildingPhaseId", bp.name as phase,
           to_char(bp.planned_start, 'YYYY-MM-DD') as "plannedStart"
    from registrations r join building_phases bp on bp.id = r.building_phase_id
    where r.project_id = ${projectId}
    order by bp.name, r.household_key`.execute(trx);
  const rows: {
    project_id: string;
    household_key: string;
    building_phase_id: string;
    created_by: string;
    moment: 'first_visit' | 'later';
    measured_on: string;
    wellbeing: number;
    ladder: number | null;
  }[] = [];
  const taken = new Map<string, number>();
  for (const h of households.rows) {
    const n = taken.get(h.phase) ?? 0;
    if (n >= (perPhase[h.phase] ?? 0)) continue;
    taken.set(h.phase, n + 1);
    const i: number = rows.length / 2;
    const { first, later } = demoMeasurement(i);
    // The first visit a few months before the works, the later measurement two years after.
    const start = new Date(`${h.plannedStart}T12:00:00Z`);
    const firstOn: string = new Date(start.getTime() - (100 - (i % 30)) * 86_400_000).toISOString().slice(0, 10);
    const laterOn: string = new Date(start.getTime() + (730 + (i % 30)) * 86_400_000).toISOString().slice(0, 10);
    const common = { project_id: projectId, household_key: h.householdKey, building_phase_id: h.buildingPhaseId, created_by: userId };
    // Bouwfase 3 asked about wellbeing only.
    const ladder = (value: number) => (h.phase === 'Bouwfase 3' ? null : value);
    rows.push(
      { ...common, moment: 'first_visit', measured_on: firstOn, wellbeing: first.wellbeing, ladder: ladder(first.ladder) },
      { ...common, moment: 'later', measured_on: laterOn, wellbeing: later.wellbeing, ladder: ladder(later.ladder) },
    );
  }
  if (rows.length) await trx.insertInto('household_measurements').values(rows).execute();
}
