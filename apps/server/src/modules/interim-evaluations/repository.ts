import { sql } from 'kysely';
import type { ActionStatus, CollaborationRating, InterimEvaluationInput, InterimEvaluationQuery, InterimKind, PhaseKey } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export interface InterimEvaluationRow {
  id: string;
  kind: InterimKind;
  phase: PhaseKey | null;
  buildingPhaseId: string | null;
  buildingPhaseName: string | null;
  year: number | null;
  heldOn: string;
  wentWell: string;
  bottlenecks: string;
  corporationContractor: CollaborationRating | null;
  corporationWelfare: CollaborationRating | null;
  contractorWelfare: CollaborationRating | null;
  collaborationNote: string;
  residentGroupPresent: number;
  createdAt: Date;
  updatedAt: Date;
  participants: { id: string; name: string }[];
  adjustments: { actionId: string; title: string; ownerId: string; ownerName: string; dueOn: string | null; status: ActionStatus }[];
}

function columns(input: InterimEvaluationInput) {
  return {
    kind: input.kind,
    phase: input.phase,
    building_phase_id: input.buildingPhaseId,
    year: input.year,
    held_on: input.heldOn,
    went_well: input.wentWell,
    bottlenecks: input.bottlenecks,
    collab_corporation_contractor: input.collaboration.corporationContractor,
    collab_corporation_welfare: input.collaboration.corporationWelfare,
    collab_contractor_welfare: input.collaboration.contractorWelfare,
    collaboration_note: input.collaborationNote,
    resident_group_present: input.residentGroupPresent,
  };
}

/** Roles whose members can be named as participants: professionals of the team (residents are a count). */
const participantRoles = ['project_leader', 'housing_consultant', 'community_worker', 'site_manager', 'contractor_social_worker', 'partner_contact'] as const;

/** The only SQL of the interim evaluations (their adjustments' actions are written through the actions repository). */
export function createInterimEvaluationRepository(db: Db) {
  const base = (projectId: string) =>
    db
      .selectFrom('interim_evaluations as e')
      .leftJoin('building_phases as bp', 'bp.id', 'e.building_phase_id')
      .where('e.project_id', '=', projectId)
      .select([
        'e.id',
        'e.kind',
        'e.phase',
        'e.building_phase_id as buildingPhaseId',
        'bp.name as buildingPhaseName',
        'e.year',
        'e.held_on as heldOn',
        'e.went_well as wentWell',
        'e.bottlenecks',
        'e.collab_corporation_contractor as corporationContractor',
        'e.collab_corporation_welfare as corporationWelfare',
        'e.collab_contractor_welfare as contractorWelfare',
        'e.collaboration_note as collaborationNote',
        'e.resident_group_present as residentGroupPresent',
        'e.created_at as createdAt',
        'e.updated_at as updatedAt',
      ]);

  async function withDetails<T extends { id: string }>(rows: T[]): Promise<(T & Pick<InterimEvaluationRow, 'participants' | 'adjustments'>)[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [participants, adjustments] = await Promise.all([
      db
        .selectFrom('interim_evaluation_participants as p')
        .innerJoin('users as u', 'u.id', 'p.user_id')
        .where('p.evaluation_id', 'in', ids)
        .select(['p.evaluation_id as evaluationId', 'u.id', 'u.display_name as name'])
        .orderBy('u.display_name')
        .execute(),
      db
        .selectFrom('actions as a')
        .innerJoin('users as o', 'o.id', 'a.owner_id')
        .where('a.interim_evaluation_id', 'in', ids)
        .select([
          'a.interim_evaluation_id as evaluationId',
          'a.id as actionId',
          'a.title',
          'a.owner_id as ownerId',
          'o.display_name as ownerName',
          'a.due_on as dueOn',
          'a.status',
        ])
        .orderBy(sql`a.interim_position asc nulls last`)
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute(),
    ]);
    return rows.map((row) => ({
      ...row,
      participants: participants.filter((p) => p.evaluationId === row.id).map(({ id, name }) => ({ id, name })),
      adjustments: adjustments.filter((a) => a.evaluationId === row.id).map(({ evaluationId: _e, ...a }) => a),
    }));
  }

  return {
    /** A page of the project's evaluations, the latest first. */
    async list(projectId: string, query: InterimEvaluationQuery): Promise<{ rows: InterimEvaluationRow[]; total: number }> {
      const { total } = await db
        .selectFrom('interim_evaluations')
        .where('project_id', '=', projectId)
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      const rows = await base(projectId)
        .orderBy('e.held_on', 'desc')
        .orderBy('e.created_at', 'desc')
        .orderBy('e.id')
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)
        .execute();
      return { rows: await withDetails(rows), total };
    },

    /** One evaluation of this project; another project's is not found. */
    async find(projectId: string, evaluationId: string): Promise<InterimEvaluationRow | undefined> {
      const row = await base(projectId).where('e.id', '=', evaluationId).executeTakeFirst();
      return row ? (await withDetails([row]))[0] : undefined;
    },

    async exists(projectId: string, evaluationId: string) {
      return (
        (await db.selectFrom('interim_evaluations').where('project_id', '=', projectId).where('id', '=', evaluationId).select('id').executeTakeFirst()) !==
        undefined
      );
    },

    async insert(projectId: string, createdBy: string, input: InterimEvaluationInput) {
      return (
        await db
          .insertInto('interim_evaluations')
          .values({ project_id: projectId, created_by: createdBy, ...columns(input) })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },

    async update(projectId: string, evaluationId: string, input: InterimEvaluationInput) {
      const result = await db
        .updateTable('interim_evaluations')
        .set({ ...columns(input), updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', evaluationId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Removes an evaluation; its participants go with it, its adjustments' actions stay (unlinked). */
    async remove(projectId: string, evaluationId: string) {
      // The actions keep their place number no longer: they are ordinary actions now.
      await db
        .updateTable('actions')
        .set({ interim_position: null })
        .where('project_id', '=', projectId)
        .where('interim_evaluation_id', '=', evaluationId)
        .execute();
      const result = await db.deleteFrom('interim_evaluations').where('project_id', '=', projectId).where('id', '=', evaluationId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async replaceParticipants(evaluationId: string, userIds: readonly string[]) {
      await db.deleteFrom('interim_evaluation_participants').where('evaluation_id', '=', evaluationId).execute();
      if (userIds.length)
        await db
          .insertInto('interim_evaluation_participants')
          .values([...new Set(userIds)].map((user_id) => ({ evaluation_id: evaluationId, user_id })))
          .execute();
    },

    /** Of the given ids, the professionals of the project team (not the resident group, not policy viewers). */
    async teamMembers(projectId: string, userIds: readonly string[]) {
      if (userIds.length === 0) return new Set<string>();
      return new Set(
        (
          await db
            .selectFrom('project_members')
            .where('project_id', '=', projectId)
            .where('user_id', 'in', userIds)
            .where('role', 'in', participantRoles)
            .select('user_id')
            .execute()
        ).map((r) => r.user_id),
      );
    },

    async buildingPhaseExists(projectId: string, buildingPhaseId: string) {
      return (
        (await db.selectFrom('building_phases').where('project_id', '=', projectId).where('id', '=', buildingPhaseId).select('id').executeTakeFirst()) !==
        undefined
      );
    },

    /** The actions an evaluation's adjustments became, with what an update keeps of them. */
    adjustmentActions(projectId: string, evaluationId: string) {
      return db
        .selectFrom('actions')
        .where('project_id', '=', projectId)
        .where('interim_evaluation_id', '=', evaluationId)
        .select(['id as actionId', 'status', 'note'])
        .orderBy(sql`interim_position asc nulls last`)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    /** Puts an adjustment's action at its place in the evaluation's list. */
    async placeAdjustment(projectId: string, actionId: string, position: number) {
      await db.updateTable('actions').set({ interim_position: position }).where('project_id', '=', projectId).where('id', '=', actionId).execute();
    },
  };
}
