import { sql } from 'kysely';
import type { FitCheckInput, PrivacySettingsInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

export function createPrivacyPlanRepository(db: Db) {
  return {
    settings(projectId: string) {
      return db
        .selectFrom('projects')
        .where('id', '=', projectId)
        .select([
          'name',
          'ends_on as endsOn',
          'retention_months as retentionMonths',
          'privacy_contact_name as contactName',
          'privacy_contact_email as contactEmail',
        ])
        .executeTakeFirst();
    },

    async saveSettings(projectId: string, input: PrivacySettingsInput): Promise<void> {
      await db
        .updateTable('projects')
        .set({
          retention_months: input.retentionMonths,
          privacy_contact_name: input.privacyContactName,
          privacy_contact_email: input.privacyContactEmail,
          updated_at: sql`now()`,
        })
        .where('id', '=', projectId)
        .execute();
    },

    /** Every sign-off of the project, newest first. */
    signoffs(projectId: string) {
      return db
        .selectFrom('privacy_plan_signoffs')
        .where('project_id', '=', projectId)
        .select(['organisation_id as organisationId', 'version_hash as versionHash', 'signed_by_name as signedBy', 'signed_at as signedAt'])
        .orderBy('signed_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },

    /** Records a sign-off; false when this organisation had already signed this version. */
    async sign(row: { projectId: string; organisationId: string; versionHash: string; userId: string; userName: string }): Promise<boolean> {
      const inserted = await db
        .insertInto('privacy_plan_signoffs')
        .values({
          project_id: row.projectId,
          organisation_id: row.organisationId,
          version_hash: row.versionHash,
          signed_by: row.userId,
          signed_by_name: row.userName,
        })
        .onConflict((oc) => oc.columns(['project_id', 'organisation_id', 'version_hash']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async displayName(userId: string): Promise<string> {
      return (await db.selectFrom('users').where('id', '=', userId).select('display_name').executeTakeFirstOrThrow()).display_name;
    },

    fitCheck(projectId: string) {
      return db
        .selectFrom('project_fit_checks')
        .where('project_id', '=', projectId)
        .select([
          'works_kinds as worksKinds',
          'inhabited_share_percent as inhabitedSharePercent',
          'relocation_or_demolition_only as relocationOrDemolitionOnly',
          'social_issues as socialIssues',
          'partners_available as partnersAvailable',
          'decision',
          'notes',
          sql<string>`to_char(decided_on, 'YYYY-MM-DD')`.as('decidedOn'),
          'decided_by_name as decidedBy',
        ])
        .executeTakeFirst();
    },

    async saveFitCheck(projectId: string, input: FitCheckInput, decidedBy: { userId: string; name: string }): Promise<void> {
      const values = {
        works_kinds: sql<string[]>`${sql.val(input.worksKinds)}::text[]`,
        inhabited_share_percent: input.inhabitedSharePercent,
        relocation_or_demolition_only: input.relocationOrDemolitionOnly,
        social_issues: input.socialIssues,
        partners_available: sql<string[]>`${sql.val(input.partnersAvailable)}::text[]`,
        decision: input.decision,
        notes: input.notes,
        decided_on: input.decidedOn,
        decided_by: decidedBy.userId,
        decided_by_name: decidedBy.name,
        updated_at: sql<Date>`now()`,
      };
      await db
        .insertInto('project_fit_checks')
        .values({ project_id: projectId, ...values })
        .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
        .execute();
    },
  };
}
