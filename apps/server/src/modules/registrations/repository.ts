import { sql } from 'kysely';
import { defaultFormDefinition, type FileFormat, type CursorKey, type FormDefinition, type RegistrationContent } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { afterKey, orderByKey, type KeyPart } from '../../platform/db/keyset.js';
import { livesThereOn, visitDay } from '../households/lives-there-repository.js';

/** The list's order: newest first, the id breaking ties (so pages never skip or repeat a row). */
const listKey: KeyPart[] = [
  { by: sql`r.created_at`, desc: true },
  { by: sql`r.id`, desc: true },
];

export function createRegistrationRepository(db: Db) {
  const forms = () => db.selectFrom('registration_forms').select(['id', 'version', 'definition', 'created_at as createdAt']);
  return {
    /** The newest form version; the default form becomes version 1 the first time it is asked for. */
    async currentForm(projectId: string, userId: string | null) {
      const current = await forms().where('project_id', '=', projectId).orderBy('version', 'desc').limit(1).executeTakeFirst();
      if (current) return current;
      await db
        .insertInto('registration_forms')
        .values({ project_id: projectId, version: 1, definition: JSON.stringify(defaultFormDefinition()), created_by: userId })
        .onConflict((oc) => oc.columns(['project_id', 'version']).doNothing())
        .execute();
      return (await forms().where('project_id', '=', projectId).where('version', '=', 1).executeTakeFirst())!;
    },
    formById(projectId: string, formId: string) {
      return forms().where('project_id', '=', projectId).where('id', '=', formId).executeTakeFirst();
    },
    async addVersion(projectId: string, definition: FormDefinition, userId: string) {
      const row = await db
        .insertInto('registration_forms')
        .values({
          project_id: projectId,
          version: sql<number>`(select coalesce(max(version), 0) + 1 from registration_forms where project_id = ${projectId})`,
          definition: JSON.stringify(definition),
          created_by: userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    versions(projectId: string) {
      return db
        .selectFrom('registration_forms as f')
        .where('f.project_id', '=', projectId)
        .select([
          'f.id',
          'f.version',
          'f.definition',
          'f.created_at as createdAt',
          sql<number>`(select count(*)::int from registrations r where r.form_id = f.id)`.as('registrationCount'),
        ])
        .orderBy('f.version', 'desc')
        .execute();
    },
    /** A registration by the client's id, within one project: another project's is not found. */
    byClientId(projectId: string, clientId: string) {
      return db
        .selectFrom('registrations as r')
        .innerJoin('registration_forms as f', 'f.id', 'r.form_id')
        .where('r.project_id', '=', projectId)
        .where('r.client_id', '=', clientId)
        .select(['r.id', 'r.client_id as clientId', 'f.version as formVersion', 'r.household_key as householdKey', 'r.content', 'r.created_at as createdAt'])
        .executeTakeFirst();
    },
    /** In `listKey` order; at most `limit + 1` rows after `after`: the one extra tells that more follow. */
    list(projectId: string, { limit, after }: { limit: number; after?: CursorKey }) {
      let query = db
        .selectFrom('registrations as r')
        .innerJoin('registration_forms as f', 'f.id', 'r.form_id')
        .where('r.project_id', '=', projectId)
        .select([
          'r.id',
          'r.client_id as clientId',
          'f.version as formVersion',
          'r.household_key as householdKey',
          'r.created_at as createdAt',
          sql<string>`r.created_at::text`.as('cursorKey'),
        ])
        .orderBy(orderByKey(listKey))
        .limit(limit + 1);
      if (after) query = query.where(afterKey(listKey, after));
      return query.execute();
    },
    /** Stores an uploaded Google Forms export with how it was read. */
    async addImport(values: {
      projectId: string;
      userId: string;
      fileName: string;
      file: Buffer;
      format: FileFormat | null;
      headers: string[];
      rowCount: number;
    }) {
      const row = await db
        .insertInto('registration_imports')
        .values({
          project_id: values.projectId,
          created_by: values.userId,
          file_name: values.fileName,
          file: values.file,
          text_encoding: values.format?.encoding ?? null,
          delimiter: values.format?.delimiter ?? null,
          headers: JSON.stringify(values.headers),
          row_count: values.rowCount,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async findImport(projectId: string, importId: string) {
      const row = await db
        .selectFrom('registration_imports')
        .where('project_id', '=', projectId)
        .where('id', '=', importId)
        .select(['file', 'file_name as fileName', 'text_encoding as textEncoding', 'delimiter', 'headers'])
        .executeTakeFirst();
      // pg gives bytea as a Buffer, PGlite as a plain Uint8Array.
      return row && { ...row, file: Buffer.from(row.file) };
    },
    async rereadImport(importId: string, values: { format: FileFormat; headers: string[]; rowCount: number }) {
      await db
        .updateTable('registration_imports')
        .set({ text_encoding: values.format.encoding, delimiter: values.format.delimiter, headers: JSON.stringify(values.headers), row_count: values.rowCount })
        .where('id', '=', importId)
        .execute();
    },
    async markImportCommitted(importId: string) {
      await db.updateTable('registration_imports').set({ committed_at: new Date() }).where('id', '=', importId).execute();
    },
    /** Inserts once per client id and project: a second sync of the same registration changes nothing. */
    async insertOnce(values: {
      projectId: string;
      formId: string;
      clientId: string;
      householdKey: string;
      buildingPhaseId: string | null;
      subNeighbourhoodId: string | null;
      content: RegistrationContent;
      userId: string;
      /** When the registration was made, if not now: the moment an imported form answer was sent. */
      createdAt?: Date;
    }) {
      const result = await db
        .insertInto('registrations')
        .values({
          project_id: values.projectId,
          form_id: values.formId,
          client_id: values.clientId,
          household_key: values.householdKey,
          building_phase_id: values.buildingPhaseId,
          sub_neighbourhood_id: values.subNeighbourhoodId,
          content: JSON.stringify(values.content),
          created_by: values.userId,
          ...(values.createdAt ? { created_at: values.createdAt } : {}),
        })
        .onConflict((oc) => oc.columns(['project_id', 'client_id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
    /**
     * The pseudonym of the household living at the visit's address on the day of the visit, and the
     * groups of that address (what the picture of the neighbourhood is filtered by).
     */
    async householdOfVisit(projectId: string, visitId: string) {
      const row = await sql<{ householdKey: string; buildingPhaseId: string | null; subNeighbourhoodId: string | null }>`
        select h.pseudonym as "householdKey", a.building_phase_id as "buildingPhaseId", a.sub_neighbourhood_id as "subNeighbourhoodId"
        from visits v
        join addresses a on a.id = v.address_id
        join households h on h.address_id = v.address_id and ${livesThereOn('h', visitDay('v'))}
        where v.project_id = ${projectId} and v.id = ${visitId}
        order by h.moved_in_on desc nulls last limit 1`.execute(db);
      return row.rows[0];
    },
    async visitExists(projectId: string, visitId: string) {
      return (await db.selectFrom('visits').where('project_id', '=', projectId).where('id', '=', visitId).select('id').executeTakeFirst()) !== undefined;
    },
    async markVisitRegistered(visitId: string) {
      await db.updateTable('visits').set({ registered: true }).where('id', '=', visitId).execute();
    },
    /** Changes whenever what `identifyingContext` returns may have changed (database triggers stamp it). */
    async identifyingVersion(projectId: string) {
      const row = await db.selectFrom('project_identifying_versions').where('project_id', '=', projectId).select('version').executeTakeFirst();
      return row?.version ?? 'unchanged';
    },
    /**
     * What the identifying-details check looks for: the project's residents, team and streets.
     * The action list may name the team (who does what), so it leaves the team out.
     */
    async identifyingContext(projectId: string, { team: withTeam = true }: { team?: boolean } = {}) {
      const [residents, team, streets] = await Promise.all([
        db
          .selectFrom('household_contacts as c')
          .innerJoin('households as h', 'h.id', 'c.household_id')
          .innerJoin('addresses as a', 'a.id', 'h.address_id')
          .where('a.project_id', '=', projectId)
          .select('c.name')
          .execute(),
        withTeam
          ? db
              .selectFrom('project_members as m')
              .innerJoin('users as u', 'u.id', 'm.user_id')
              .where('m.project_id', '=', projectId)
              .select('u.display_name as name')
              .execute()
          : [],
        db.selectFrom('addresses').where('project_id', '=', projectId).select('street').distinct().execute(),
      ]);
      return { knownNames: [...residents, ...team].map((r) => r.name).filter(Boolean), knownStreets: streets.map((s) => s.street) };
    },
  };
}
