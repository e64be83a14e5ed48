import { sql } from 'kysely';
import type { CursorKey } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { afterKey, orderByKey, type KeyPart } from '../../platform/db/keyset.js';

export interface SignalSelection {
  category?: string;
  buildingPhaseId?: string;
  id?: string;
}

/** Newest first; the id parts equal moments. */
const newestFirst: KeyPart[] = [
  { by: sql`s.created_at`, desc: true },
  { by: sql`s.id`, desc: true },
];

export interface NewSignal {
  projectId: string;
  category: string;
  subject: string;
  description: string;
  householdKey: string | null;
  buildingPhaseId: string | null;
  reportedBy: string;
  reportedByContractor: boolean;
}

/** The only SQL of signals. */
export function createSignalRepository(db: Db) {
  const filtered = (projectId: string, { category, buildingPhaseId, id }: SignalSelection) => {
    let query = db.selectFrom('signals as s').where('s.project_id', '=', projectId);
    if (category) query = query.where('s.category', '=', category);
    if (buildingPhaseId) query = query.where('s.building_phase_id', '=', buildingPhaseId);
    if (id) query = query.where('s.id', '=', id);
    return query;
  };

  return {
    async insert(signal: NewSignal) {
      const row = await db
        .insertInto('signals')
        .values({
          project_id: signal.projectId,
          category: signal.category,
          subject: signal.subject,
          description: signal.description,
          household_key: signal.householdKey,
          building_phase_id: signal.buildingPhaseId,
          reported_by: signal.reportedBy,
          reported_by_contractor: signal.reportedByContractor,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async buildingPhaseExists(projectId: string, buildingPhaseId: string) {
      return (
        (await db.selectFrom('building_phases').where('project_id', '=', projectId).where('id', '=', buildingPhaseId).select('id').executeTakeFirst()) !==
        undefined
      );
    },

    /** A page of signals (one row more than `limit`, to tell whether more follow) after the cursor's key. */
    async list(projectId: string, selection: SignalSelection, page: { limit: number; after?: CursorKey }) {
      let query = filtered(projectId, selection)
        .leftJoin('users as u', 'u.id', 's.reported_by')
        .leftJoin('building_phases as bp', 'bp.id', 's.building_phase_id')
        .select([
          's.id',
          's.category',
          's.subject',
          's.description',
          's.household_key as householdKey',
          's.building_phase_id as buildingPhaseId',
          'bp.name as buildingPhaseName',
          'u.display_name as reportedByName',
          's.reported_by_contractor as handedOverByContractor',
          's.created_at as createdAt',
          sql<string>`s.created_at::text`.as('cursorKey'),
        ])
        .orderBy(orderByKey(newestFirst))
        .limit(page.limit + 1);
      if (page.after) query = query.where(afterKey(newestFirst, page.after));
      return query.execute();
    },

    async count(projectId: string, selection: SignalSelection) {
      return (
        await filtered(projectId, selection)
          .select(sql<number>`count(*)::int`.as('total'))
          .executeTakeFirstOrThrow()
      ).total;
    },

    async find(projectId: string, signalId: string) {
      return db
        .selectFrom('signals')
        .where('project_id', '=', projectId)
        .where('id', '=', signalId)
        .select(['id', 'description', 'household_key as householdKey', 'building_phase_id as buildingPhaseId'])
        .executeTakeFirst();
    },
  };
}
