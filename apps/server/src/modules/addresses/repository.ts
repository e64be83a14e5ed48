import { sql, type SelectQueryBuilder } from 'kysely';
import type { Address, AddressFilter } from '@thuis/domain';
import { findAddressRecordingRead } from '../../platform/audit/audit-repository.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import { livesThereOn } from '../households/lives-there-repository.js';

type AddressQuery = SelectQueryBuilder<Database, 'addresses', object>;

function applyFilter(query: AddressQuery, projectId: string, filter: Partial<AddressFilter>): AddressQuery {
  let q = query.where('addresses.project_id', '=', projectId);
  if (filter.buildingId) q = q.where('addresses.building_id', '=', filter.buildingId);
  if (filter.subNeighbourhoodId) q = q.where('addresses.sub_neighbourhood_id', '=', filter.subNeighbourhoodId);
  if (filter.buildingPhaseId) q = q.where('addresses.building_phase_id', '=', filter.buildingPhaseId);
  if (filter.unassigned === 'buildingPhase') q = q.where('addresses.building_phase_id', 'is', null);
  if (filter.unassigned === 'building') q = q.where('addresses.building_id', 'is', null);
  if (filter.unassigned === 'subNeighbourhood') q = q.where('addresses.sub_neighbourhood_id', 'is', null);
  if (filter.street) q = q.where('addresses.street', '=', filter.street);
  if (filter.search) {
    const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('addresses.street', 'ilike', like),
        eb('addresses.unit_id', 'ilike', like),
        eb('addresses.postcode', 'ilike', like),
        eb(sql`addresses.street || ' ' || addresses.house_number || addresses.addition`, 'ilike', like),
      ]),
    );
  }
  return q;
}

/** The practical needs of the household living there today, only when it agreed to share them. */
const sharedNeeds = sql<string | null>`(
  select h.practical_needs from households h
  where h.address_id = addresses.id and h.share_needs_with_contractor and h.practical_needs <> '' and ${livesThereOn('h')}
  order by h.moved_in_on desc nulls last limit 1)`;

/** Whether the household living there today objected to contact: planners must not offer the address. */
const noContact = sql<boolean>`exists (
  select 1 from households h where h.address_id = addresses.id and h.no_contact and ${livesThereOn('h')})`;

const addressColumns = [
  'addresses.id',
  'addresses.unit_id as unitId',
  'addresses.street',
  'addresses.house_number as houseNumber',
  'addresses.addition',
  'addresses.postcode',
  'addresses.city',
  'addresses.home_type as homeType',
  'addresses.building_id as buildingId',
  'addresses.sub_neighbourhood_id as subNeighbourhoodId',
  'addresses.building_phase_id as buildingPhaseId',
  sharedNeeds.as('sharedPracticalNeeds'),
  noContact.as('noContact'),
] as const;

export function createAddressRepository(db: Db) {
  return {
    /** The address and, when it shows shared practical needs (personal data), its read entry: one round trip. */
    async findRecordingRead(projectId: string, addressId: string, actorUserId: string): Promise<Address | undefined> {
      return findAddressRecordingRead(
        db,
        db.selectFrom('addresses').where('addresses.project_id', '=', projectId).where('addresses.id', '=', addressId).select(addressColumns),
        {
          actorUserId,
          projectId,
          resourceType: 'address_practical_needs',
          personal: 'sharedPracticalNeeds',
        },
      );
    },

    async page(projectId: string, filter: AddressFilter): Promise<{ addresses: Address[]; total: number }> {
      const base = applyFilter(db.selectFrom('addresses'), projectId, filter);
      const [rows, count] = await Promise.all([
        base
          .select(addressColumns)
          .orderBy('addresses.street')
          .orderBy('addresses.house_number')
          .orderBy('addresses.addition')
          .offset(filter.offset)
          .limit(filter.limit)
          .execute(),
        base.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
      ]);
      return { addresses: rows, total: count.total };
    },

    async streets(projectId: string): Promise<string[]> {
      const rows = await db.selectFrom('addresses').where('project_id', '=', projectId).select('street').distinct().orderBy('street').execute();
      return rows.map((r) => r.street);
    },

    async count(projectId: string): Promise<number> {
      const row = await db
        .selectFrom('addresses')
        .where('project_id', '=', projectId)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },

    async exists(projectId: string, addressId: string): Promise<boolean> {
      return (await db.selectFrom('addresses').where('project_id', '=', projectId).where('id', '=', addressId).select('id').executeTakeFirst()) !== undefined;
    },

    /** Sets groupings on every address of the selection; returns how many changed. */
    async assign(
      projectId: string,
      selection: { addressIds?: string[]; street?: string; buildingId?: string },
      values: { building_id?: string | null; sub_neighbourhood_id?: string | null; building_phase_id?: string | null },
    ): Promise<number> {
      let query = db
        .updateTable('addresses')
        .set({ ...values, updated_at: sql`now()` })
        .where('project_id', '=', projectId);
      if (selection.addressIds) query = query.where('id', 'in', selection.addressIds);
      if (selection.street !== undefined) query = query.where('street', '=', selection.street);
      if (selection.buildingId !== undefined) query = query.where('building_id', '=', selection.buildingId);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async countOfIds(projectId: string, ids: string[]): Promise<number> {
      const row = await db
        .selectFrom('addresses')
        .where('project_id', '=', projectId)
        .where('id', 'in', ids)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow();
      return row.n;
    },

    /** All addresses of the project for an export, in street order. */
    forExport(projectId: string) {
      return db
        .selectFrom('addresses')
        .leftJoin('buildings as b', 'b.id', 'addresses.building_id')
        .leftJoin('sub_neighbourhoods as s', 's.id', 'addresses.sub_neighbourhood_id')
        .leftJoin('building_phases as p', 'p.id', 'addresses.building_phase_id')
        .where('addresses.project_id', '=', projectId)
        .select([
          'addresses.id',
          'addresses.unit_id as unitId',
          'addresses.street',
          'addresses.house_number as houseNumber',
          'addresses.addition',
          'addresses.postcode',
          'addresses.city',
          'addresses.home_type as homeType',
          'b.code as building',
          's.name as subNeighbourhood',
          'p.name as buildingPhase',
          'p.planned_start as worksStart',
          'p.planned_end as worksEnd',
          sharedNeeds.as('sharedPracticalNeeds'),
        ])
        .orderBy('addresses.street')
        .orderBy('addresses.house_number')
        .orderBy('addresses.addition')
        .execute();
    },
  };
}
