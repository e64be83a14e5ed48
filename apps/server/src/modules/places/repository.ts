import { sql } from 'kysely';
import type { PlaceInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';

const placeColumns = [
  'id',
  'kind',
  'name',
  'meaning',
  'for_whom as forWhom',
  'not_welcome as notWelcome',
  'activities',
  'changes_asked as changesAsked',
  'latitude',
  'longitude',
  'updated_at as updatedAt',
] as const;

const placeValues = (input: PlaceInput) => ({
  kind: input.kind,
  name: input.name,
  meaning: input.meaning,
  for_whom: input.forWhom,
  not_welcome: input.notWelcome,
  activities: input.activities,
  changes_asked: input.changesAsked,
  latitude: input.latitude,
  longitude: input.longitude,
});

/** The only SQL of meaningful places and of homes' positions on the map. */
export function createPlaceRepository(db: Db) {
  return {
    list(projectId: string) {
      return db.selectFrom('meaningful_places').where('project_id', '=', projectId).select(placeColumns).orderBy('name').orderBy('id').execute();
    },

    find(projectId: string, placeId: string) {
      return db.selectFrom('meaningful_places').where('project_id', '=', projectId).where('id', '=', placeId).select(placeColumns).executeTakeFirst();
    },

    async insert(projectId: string, input: PlaceInput, createdBy: string) {
      return db
        .insertInto('meaningful_places')
        .values({ project_id: projectId, ...placeValues(input), created_by: createdBy })
        .returning(placeColumns)
        .executeTakeFirstOrThrow();
    },

    update(projectId: string, placeId: string, input: PlaceInput) {
      return db
        .updateTable('meaningful_places')
        .set({ ...placeValues(input), updated_at: sql`now()` })
        .where('project_id', '=', projectId)
        .where('id', '=', placeId)
        .returning(placeColumns)
        .executeTakeFirst();
    },

    async remove(projectId: string, placeId: string) {
      const row = await db.deleteFrom('meaningful_places').where('project_id', '=', projectId).where('id', '=', placeId).returning('id').executeTakeFirst();
      return row !== undefined;
    },

    /** A page of the project's homes with their positions, in address order. */
    async homes(projectId: string, { offset, limit }: { offset: number; limit: number }) {
      const [rows, counts] = await Promise.all([
        db
          .selectFrom('addresses')
          .where('project_id', '=', projectId)
          .select(['id', 'street', 'house_number as houseNumber', 'addition', 'postcode', 'latitude', 'longitude'])
          .orderBy('street')
          .orderBy('house_number')
          .orderBy('addition')
          .orderBy('id')
          .offset(offset)
          .limit(limit)
          .execute(),
        db
          .selectFrom('addresses')
          .where('project_id', '=', projectId)
          .select([sql<number>`count(*)::int`.as('total'), sql<number>`(count(*) filter (where latitude is null))::int`.as('withoutPosition')])
          .executeTakeFirstOrThrow(),
      ]);
      return { homes: rows, ...counts };
    },

    setHomePosition(projectId: string, addressId: string, position: { latitude: number; longitude: number }) {
      return db
        .updateTable('addresses')
        .set({ latitude: position.latitude, longitude: position.longitude, updated_at: sql`now()` })
        .where('project_id', '=', projectId)
        .where('id', '=', addressId)
        .returning(['id', 'street', 'house_number as houseNumber', 'addition', 'postcode', 'latitude', 'longitude'])
        .executeTakeFirst();
    },
  };
}
