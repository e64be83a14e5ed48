import { sql } from 'kysely';
import { builtInSurvey, surveyTemplates, type PublishedFigures, type SurveyAnswers, type SurveyDefinition, type SurveyTemplate } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { livesThereOn } from '../households/lives-there-repository.js';

const today = sql<string>`(now() at time zone 'Europe/Amsterdam')::date`;

export function createSurveyRepository(db: Db) {
  const versions = () => db.selectFrom('survey_versions').select(['id', 'template', 'version', 'definition', 'created_at as createdAt']);
  const rounds = () =>
    db
      .selectFrom('survey_rounds as r')
      .innerJoin('survey_versions as v', 'v.id', 'r.survey_version_id')
      .leftJoin('building_phases as b', 'b.id', 'r.building_phase_id')
      .select([
        'r.id',
        'r.project_id as projectId',
        'v.template',
        'v.version',
        'v.id as surveyVersionId',
        'v.definition',
        'r.building_phase_id as buildingPhaseId',
        'b.name as buildingPhaseName',
        sql<string>`r.opens_on::text`.as('opensOn'),
        sql<string>`r.closes_on::text`.as('closesOn'),
        sql<number>`(select count(*)::int from survey_responses s where s.round_id = r.id)`.as('responses'),
        sql<number>`(select count(*)::int from survey_links l where l.round_id = r.id)`.as('linksIssued'),
        sql<boolean>`(r.opens_on <= ${today} and r.closes_on >= ${today})`.as('open'),
      ]);
  return {
    /** The newest version of every template; the built-in one becomes version 1 the first time. */
    async latestVersions(projectId: string, userId: string | null) {
      await db
        .insertInto('survey_versions')
        .values(
          surveyTemplates.map((template) => ({
            project_id: projectId,
            template,
            version: 1,
            definition: JSON.stringify(builtInSurvey[template]()),
            created_by: userId,
          })),
        )
        .onConflict((oc) => oc.columns(['project_id', 'template', 'version']).doNothing())
        .execute();
      return versions()
        .where('project_id', '=', projectId)
        .where('version', '=', (eb) =>
          eb
            .selectFrom('survey_versions as l')
            .whereRef('l.project_id', '=', 'survey_versions.project_id')
            .whereRef('l.template', '=', 'survey_versions.template')
            .select(sql<number>`max(l.version)`.as('v')),
        )
        .orderBy('template')
        .execute();
    },
    versionById(projectId: string, id: string) {
      return versions().where('project_id', '=', projectId).where('id', '=', id).executeTakeFirst();
    },
    /** One version at a time per project: the number is taken, and the change checked, under the project's row lock. */
    async lockProject(projectId: string) {
      await db.selectFrom('projects').where('id', '=', projectId).select('id').forUpdate().execute();
    },
    async addVersion(projectId: string, template: SurveyTemplate, definition: SurveyDefinition, userId: string) {
      await this.lockProject(projectId);
      const row = await db
        .insertInto('survey_versions')
        .values({
          project_id: projectId,
          template,
          version: sql<number>`(select coalesce(max(version), 0) + 1 from survey_versions where project_id = ${projectId} and template = ${template})`,
          definition: JSON.stringify(definition),
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    /** The definitions of every version with answers in one of its rounds: their keys have a meaning in the results. */
    async answeredDefinitions(projectId: string) {
      const rows = await db
        .selectFrom('survey_versions as v')
        .where('v.project_id', '=', projectId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('survey_rounds as r')
              .innerJoin('survey_responses as s', 's.round_id', 'r.id')
              .whereRef('r.survey_version_id', '=', 'v.id')
              .select('s.id'),
          ),
        )
        .select('v.definition')
        .orderBy('v.created_at')
        .execute();
      return rows.map((r) => r.definition);
    },
    buildingPhases(projectId: string) {
      return db.selectFrom('building_phases').where('project_id', '=', projectId).select(['id', 'name']).orderBy('planned_start').orderBy('name').execute();
    },
    phaseInProject(projectId: string, phaseId: string) {
      return db.selectFrom('building_phases').where('project_id', '=', projectId).where('id', '=', phaseId).select('id').executeTakeFirst();
    },
    rounds(projectId: string) {
      return rounds().where('r.project_id', '=', projectId).orderBy('r.opens_on').orderBy('r.created_at').execute();
    },
    round(projectId: string, roundId: string) {
      return rounds().where('r.project_id', '=', projectId).where('r.id', '=', roundId).executeTakeFirst();
    },
    async addRound(values: { projectId: string; surveyVersionId: string; buildingPhaseId: string | null; opensOn: string; closesOn: string; userId: string }) {
      const row = await db
        .insertInto('survey_rounds')
        .values({
          project_id: values.projectId,
          survey_version_id: values.surveyVersionId,
          building_phase_id: values.buildingPhaseId,
          opens_on: values.opensOn,
          closes_on: values.closesOn,
          created_by: values.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async addResponse(values: { roundId: string; buildingPhaseId: string | null; channel: 'tablet' | 'link'; answers: SurveyAnswers }) {
      await db
        .insertInto('survey_responses')
        .values({
          round_id: values.roundId,
          building_phase_id: values.buildingPhaseId,
          channel: values.channel,
          answers: JSON.stringify(values.answers),
          submitted_on: today,
        })
        .execute();
    },
    responses(roundId: string) {
      return db
        .selectFrom('survey_responses')
        .where('round_id', '=', roundId)
        .select(['id', 'channel', 'building_phase_id as buildingPhaseId', sql<string>`submitted_on::text`.as('submittedOn'), 'answers'])
        .orderBy('submitted_on')
        .orderBy('id')
        .execute();
    },
    projectResponses(projectId: string) {
      return db
        .selectFrom('survey_responses as s')
        .innerJoin('survey_rounds as r', 'r.id', 's.round_id')
        .where('r.project_id', '=', projectId)
        .select(['s.round_id as roundId', 's.building_phase_id as buildingPhaseId', 's.answers'])
        .execute();
    },
    /** The registrations' answers and building phase: the start of the project. */
    registrations(projectId: string) {
      return db
        .selectFrom('registrations')
        .where('project_id', '=', projectId)
        .select(['building_phase_id as buildingPhaseId', sql<Record<string, unknown>>`content->'answers'`.as('answers')])
        .execute();
    },

    /** The households living now at the round's addresses (its building phase, or the whole project). */
    householdsForRound(projectId: string, buildingPhaseId: string | null) {
      let q = db
        .selectFrom('households as h')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .where('a.project_id', '=', projectId)
        .where(livesThereOn('h'))
        // No letter or link for a household that objected (GDPR art. 21).
        .where('h.no_contact', '=', false)
        .select([
          'h.id as householdId',
          'a.id as addressId',
          'a.building_phase_id as buildingPhaseId',
          'a.street',
          'a.house_number as houseNumber',
          'a.addition',
          'a.postcode',
          'a.city',
        ]);
      if (buildingPhaseId) q = q.where('a.building_phase_id', '=', buildingPhaseId);
      return q.orderBy('a.street').orderBy('a.house_number').orderBy('a.addition').execute();
    },
    /**
     * A new secret for every household that has not answered yet (an unused link is replaced: the
     * newest letter is the one that works). Households whose link was used get none.
     */
    async issueLinks(roundId: string, closesOn: string, links: readonly { householdId: string; buildingPhaseId: string | null; tokenHash: string }[]) {
      if (!links.length) return new Set<string>();
      const expires = sql<Date>`((${closesOn}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`;
      const rows = await db
        .insertInto('survey_links')
        .values(
          links.map((l) => ({
            token_hash: l.tokenHash,
            round_id: roundId,
            household_id: l.householdId,
            building_phase_id: l.buildingPhaseId,
            expires_at: expires,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['round_id', 'household_id'])
            .doUpdateSet({ token_hash: (eb) => eb.ref('excluded.token_hash'), expires_at: (eb) => eb.ref('excluded.expires_at'), issued_on: today })
            .where('survey_links.used', '=', false),
        )
        .returning('household_id')
        .execute();
      return new Set(rows.map((r) => r.household_id));
    },
    /** The round a working link belongs to (the round has opened, the link is unused and unexpired), without using it. */
    linkRound(tokenHash: string) {
      return db
        .selectFrom('survey_links as l')
        .innerJoin('survey_rounds as r', 'r.id', 'l.round_id')
        .innerJoin('survey_versions as v', 'v.id', 'r.survey_version_id')
        .where('l.token_hash', '=', tokenHash)
        .where('l.used', '=', false)
        .where('l.expires_at', '>', sql<Date>`now()`)
        .where('r.opens_on', '<=', today)
        .select(['r.id as roundId', 'v.definition', sql<string>`r.closes_on::text`.as('closesOn')])
        .executeTakeFirst();
    },
    /**
     * Marks a working link used and says which round and phase its response belongs to; null when the
     * link is unknown, used or expired. The row lock makes a second, concurrent use find it used.
     */
    claimLink(tokenHash: string) {
      return db
        .updateTable('survey_links as l')
        .from(['survey_rounds as r', 'survey_versions as v'])
        .set({ used: true })
        .whereRef('r.id', '=', 'l.round_id')
        .whereRef('v.id', '=', 'r.survey_version_id')
        .where('l.token_hash', '=', tokenHash)
        .where('l.used', '=', false)
        .where('l.expires_at', '>', sql<Date>`now()`)
        .where('r.opens_on', '<=', today)
        .returning(['l.round_id as roundId', 'l.building_phase_id as buildingPhaseId', 'v.definition'])
        .executeTakeFirst();
    },
    /** Result figures published before, oldest first (ADR 0002). */
    async publications(projectId: string): Promise<PublishedFigures[]> {
      const rows = await db
        .selectFrom('survey_result_publications')
        .where('project_id', '=', projectId)
        .select('figures')
        .orderBy('published_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => r.figures);
    },
    async lockPublications(projectId: string) {
      await sql`select pg_advisory_xact_lock(hashtext(${`survey_results:${projectId}`}))`.execute(db);
    },
    async publicationCount(projectId: string) {
      const row = await db
        .selectFrom('survey_result_publications')
        .where('project_id', '=', projectId)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },
    async publish(projectId: string, figures: PublishedFigures) {
      await db
        .insertInto('survey_result_publications')
        .values({ project_id: projectId, figures: JSON.stringify(figures) })
        .execute();
    },
  };
}
