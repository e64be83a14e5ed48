import { sql, type Kysely } from 'kysely';
import {
  phaseKeys,
  type AgreementInput,
  type CommunicationItemInput,
  type GoalReviewInput,
  type JointGoalsInput,
  type OrientationMeetingInput,
  type PhaseKey,
  type TaskMatrixInput,
  type TrainingRecordInput,
} from '@thuis/domain';
import type { Database } from '../../platform/db/schema.js';

/** The only SQL of phase 1's preparation records. */
export function createPreparationRepository(db: Kysely<Database>) {
  return {
    /** The organisations of the project (its partners) among `ids`. */
    async projectOrganisations(projectId: string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('project_partners')
        .where('project_id', '=', projectId)
        .where('organisation_id', 'in', [...ids])
        .select('organisation_id')
        .execute();
      return new Set(rows.map((r) => r.organisation_id));
    },
    async partnerList(projectId: string) {
      return db
        .selectFrom('project_partners as p')
        .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
        .where('p.project_id', '=', projectId)
        .select(['o.id', 'o.name', 'o.type'])
        .orderBy('o.name')
        .execute();
    },

    /** Whether a record of the project exists: a change to another project's record is not found before it is checked. */
    async exists(table: 'orientation_meetings' | 'collaboration_agreements' | 'communication_items', projectId: string, id: string): Promise<boolean> {
      return !!(await db.selectFrom(table).where('project_id', '=', projectId).where('id', '=', id).select('id').executeTakeFirst());
    },

    // ---- orientation
    async listMeetings(projectId: string) {
      return db
        .selectFrom('orientation_meetings')
        .where('project_id', '=', projectId)
        .select(['id', 'held_on as heldOn', 'place', 'attendees', 'notes', 'themes', 'created_at as createdAt'])
        .orderBy('held_on', 'desc')
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
    },
    async insertMeeting(projectId: string, userId: string, input: OrientationMeetingInput) {
      return (
        await db
          .insertInto('orientation_meetings')
          .values({
            ...meetingColumns(input),
            project_id: projectId,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async updateMeeting(projectId: string, meetingId: string, input: OrientationMeetingInput): Promise<boolean> {
      const result = await db
        .updateTable('orientation_meetings')
        .set({
          ...meetingColumns(input),
          updated_at: new Date(),
        })
        .where('project_id', '=', projectId)
        .where('id', '=', meetingId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteMeeting(projectId: string, meetingId: string): Promise<boolean> {
      const result = await db.deleteFrom('orientation_meetings').where('project_id', '=', projectId).where('id', '=', meetingId).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    // ---- agreements
    async listAgreements(projectId: string) {
      return db
        .selectFrom('collaboration_agreements as a')
        .innerJoin('organisations as oa', 'oa.id', 'a.party_a_id')
        .innerJoin('organisations as ob', 'ob.id', 'a.party_b_id')
        .where('a.project_id', '=', projectId)
        .select([
          'a.id',
          'a.party_a_id as partyAId',
          'oa.name as partyAName',
          'oa.type as partyAType',
          'a.party_b_id as partyBId',
          'ob.name as partyBName',
          'ob.type as partyBType',
          'a.signed_on as signedOn',
          'a.valid_until as validUntil',
          'a.note',
          'a.file_name as fileName',
          'a.file_type as fileType',
          sql<number | null>`octet_length(a.file)`.as('fileBytes'),
        ])
        .orderBy('a.created_at')
        .execute();
    },
    async insertAgreement(projectId: string, userId: string, input: AgreementInput) {
      return (
        await db
          .insertInto('collaboration_agreements')
          .values({
            ...agreementColumns(input),
            project_id: projectId,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async updateAgreement(projectId: string, agreementId: string, input: AgreementInput): Promise<boolean> {
      const result = await db
        .updateTable('collaboration_agreements')
        .set({
          ...agreementColumns(input),
          updated_at: new Date(),
        })
        .where('project_id', '=', projectId)
        .where('id', '=', agreementId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async storeDocument(projectId: string, agreementId: string, document: { fileName: string; type: 'pdf' | 'docx'; bytes: Buffer }): Promise<boolean> {
      const result = await db
        .updateTable('collaboration_agreements')
        .set({ file_name: document.fileName, file_type: document.type, file: document.bytes, updated_at: new Date() })
        .where('project_id', '=', projectId)
        .where('id', '=', agreementId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async document(projectId: string, agreementId: string) {
      return db
        .selectFrom('collaboration_agreements')
        .where('project_id', '=', projectId)
        .where('id', '=', agreementId)
        .select(['file_name as fileName', 'file_type as fileType', 'file'])
        .executeTakeFirst();
    },
    async deleteAgreement(projectId: string, agreementId: string): Promise<boolean> {
      const result = await db.deleteFrom('collaboration_agreements').where('project_id', '=', projectId).where('id', '=', agreementId).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    // ---- task matrix
    async taskMatrixCells(projectId: string) {
      return db
        .selectFrom('task_matrix_cells')
        .where('project_id', '=', projectId)
        .select(['position', 'task', 'phase', 'organisation_id as organisationId'])
        .orderBy('position')
        .execute();
    },
    /** The matrix is replaced as a whole: one row per task and phase. */
    async replaceTaskMatrix(projectId: string, input: TaskMatrixInput) {
      await db.deleteFrom('task_matrix_cells').where('project_id', '=', projectId).execute();
      const values = input.rows.flatMap((row, position) =>
        phaseKeys.map((phase: PhaseKey) => ({ project_id: projectId, position, task: row.task, phase, organisation_id: row.organisationIds[phase] })),
      );
      if (values.length) await db.insertInto('task_matrix_cells').values(values).execute();
    },

    // ---- joint goals
    async listGoals(projectId: string) {
      return db.selectFrom('joint_goals').where('project_id', '=', projectId).select(['id', 'title', 'description', 'indicator']).orderBy('position').execute();
    },
    /** Listed goals are kept (and changed), new ones added, the rest removed with their reviews. */
    async replaceGoals(projectId: string, input: JointGoalsInput) {
      const kept = input.goals.flatMap((g) => (g.id ? [g.id] : []));
      let removal = db.deleteFrom('joint_goals').where('project_id', '=', projectId);
      if (kept.length) removal = removal.where('id', 'not in', kept);
      await removal.execute();
      for (const [position, goal] of input.goals.entries()) {
        const values = { title: goal.title, description: goal.description, indicator: goal.indicator, position };
        if (goal.id) await db.updateTable('joint_goals').set(values).where('project_id', '=', projectId).where('id', '=', goal.id).execute();
        else
          await db
            .insertInto('joint_goals')
            .values({ ...values, project_id: projectId })
            .execute();
      }
    },
    async goalIds(projectId: string): Promise<Set<string>> {
      const rows = await db.selectFrom('joint_goals').where('project_id', '=', projectId).select('id').execute();
      return new Set(rows.map((r) => r.id));
    },

    // ---- goal reviews of interim evaluations
    async goalReviews(evaluationIds: readonly string[]) {
      if (evaluationIds.length === 0) return [];
      return db
        .selectFrom('interim_goal_reviews as r')
        .innerJoin('joint_goals as g', 'g.id', 'r.goal_id')
        .where('r.evaluation_id', 'in', [...evaluationIds])
        .select(['r.evaluation_id as evaluationId', 'r.goal_id as goalId', 'g.title as goalTitle', 'r.status', 'r.note'])
        .orderBy('g.position')
        .execute();
    },
    async replaceGoalReviews(evaluationId: string, reviews: readonly GoalReviewInput[]) {
      await db.deleteFrom('interim_goal_reviews').where('evaluation_id', '=', evaluationId).execute();
      if (reviews.length)
        await db
          .insertInto('interim_goal_reviews')
          .values(reviews.map((r) => ({ evaluation_id: evaluationId, goal_id: r.goalId, status: r.status, note: r.note })))
          .execute();
    },

    // ---- communication plan
    async listCommunication(projectId: string) {
      return db
        .selectFrom('communication_items as c')
        .leftJoin('organisations as o', 'o.id', 'c.owner_id')
        .where('c.project_id', '=', projectId)
        .select(['c.id', 'c.phase', 'c.audience', 'c.channel', 'c.language', 'c.frequency', 'c.owner_id as ownerId', 'o.name as ownerName', 'c.status'])
        .orderBy('c.created_at')
        .execute();
    },
    async insertCommunication(projectId: string, userId: string, input: CommunicationItemInput, status: 'proposed' | 'agreed') {
      return (
        await db
          .insertInto('communication_items')
          .values({
            ...communicationColumns(input),
            project_id: projectId,
            status,
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    /** A change by the project leader takes the item into the plan. */
    async updateCommunication(projectId: string, itemId: string, input: CommunicationItemInput): Promise<boolean> {
      const result = await db
        .updateTable('communication_items')
        .set({
          ...communicationColumns(input),
          status: 'agreed',
        })
        .where('project_id', '=', projectId)
        .where('id', '=', itemId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteCommunication(projectId: string, itemId: string): Promise<boolean> {
      const result = await db.deleteFrom('communication_items').where('project_id', '=', projectId).where('id', '=', itemId).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    // ---- training
    /** The project's members in a visiting role, with their organisation. */
    async visitors(projectId: string, roles: readonly string[]) {
      return db
        .selectFrom('project_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .where('m.project_id', '=', projectId)
        .where('m.role', 'in', [...roles] as never[])
        .select(['u.id as userId', 'u.display_name as name', 'u.organisation_id as organisationId'])
        .orderBy('u.display_name')
        .execute();
    },
    async trainingRecords(projectId: string) {
      return db
        .selectFrom('training_records')
        .where('project_id', '=', projectId)
        .select(['id', 'user_id as userId', 'topic', 'trained_on as trainedOn', 'hours'])
        .orderBy('trained_on')
        .execute();
    },
    async insertTraining(projectId: string, createdBy: string, input: TrainingRecordInput, hourBookingId: string | null) {
      return (
        await db
          .insertInto('training_records')
          .values({
            project_id: projectId,
            user_id: input.userId,
            topic: input.topic,
            trained_on: input.trainedOn,
            hours: input.hours,
            hour_booking_id: hourBookingId,
            created_by: createdBy,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    /** The training's hours, booked on phase 1 for the visitor and their organisation. */
    async bookTrainingHours(projectId: string, visitor: { userId: string; organisationId: string }, input: TrainingRecordInput, note: string) {
      return (
        await db
          .insertInto('hour_bookings')
          .values({
            project_id: projectId,
            user_id: visitor.userId,
            organisation_id: visitor.organisationId,
            phase: 'preparation',
            worked_on: input.trainedOn,
            hours: input.hours,
            note,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    /** Removes a training record and the hours it booked. */
    async deleteTraining(projectId: string, recordId: string): Promise<boolean> {
      const row = await db
        .deleteFrom('training_records')
        .where('project_id', '=', projectId)
        .where('id', '=', recordId)
        .returning('hour_booking_id')
        .executeTakeFirst();
      if (!row) return false;
      if (row.hour_booking_id) await db.deleteFrom('hour_bookings').where('id', '=', row.hour_booking_id).execute();
      return true;
    },
  };
}

/** The columns a meeting, agreement or communication item takes from its input, alike on insert and update. */
const meetingColumns = (input: OrientationMeetingInput) => ({
  held_on: input.heldOn,
  place: input.place,
  attendees: input.attendees,
  notes: input.notes,
  themes: JSON.stringify(input.themes),
});
const agreementColumns = (input: AgreementInput) => ({
  party_a_id: input.partyAId,
  party_b_id: input.partyBId,
  signed_on: input.signedOn,
  valid_until: input.validUntil,
  note: input.note,
});
const communicationColumns = (input: CommunicationItemInput) => ({
  phase: input.phase,
  audience: input.audience,
  channel: input.channel,
  language: input.language,
  frequency: input.frequency,
  owner_id: input.ownerId,
});
