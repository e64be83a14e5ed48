import { sql } from 'kysely';
import type { Household, HouseholdInput } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { livesThereOn } from './lives-there-repository.js';

const current = livesThereOn('h');

export function createHouseholdRepository(db: Db) {
  const households = () =>
    db
      .selectFrom('households as h')
      .innerJoin('addresses as a', 'a.id', 'h.address_id')
      .select([
        'h.id',
        'h.address_id as addressId',
        'h.moved_in_on as movedInOn',
        'h.moved_out_on as movedOutOn',
        'h.language',
        'h.practical_needs as practicalNeeds',
        'h.share_needs_with_contractor as shareNeedsWithContractor',
        current.as('current'),
      ]);

  const columns = (input: HouseholdInput) => ({
    moved_in_on: input.movedInOn,
    moved_out_on: input.movedOutOn,
    language: input.language,
    practical_needs: input.practicalNeeds,
    share_needs_with_contractor: input.shareNeedsWithContractor,
  });

  return {
    async ofAddress(addressId: string): Promise<Household[]> {
      return (await households()
        .where('h.address_id', '=', addressId)
        .orderBy(sql`h.moved_in_on desc nulls last`)
        .execute()) as Household[];
    },

    /** A household of the project, or undefined (also when it belongs to another project). */
    async find(projectId: string, householdId: string): Promise<Household | undefined> {
      return (await households().where('a.project_id', '=', projectId).where('h.id', '=', householdId).executeTakeFirst()) as Household | undefined;
    },

    /** Whether another household's period at the address overlaps [from, to). */
    async overlaps(addressId: string, from: string | null, to: string | null, exceptId?: string): Promise<boolean> {
      let query = db
        .selectFrom('households')
        .where('address_id', '=', addressId)
        .where(
          sql<boolean>`daterange(coalesce(moved_in_on, '-infinity'::date), coalesce(moved_out_on, 'infinity'::date)) && daterange(coalesce(${from}::date, '-infinity'::date), coalesce(${to}::date, 'infinity'::date))`,
        )
        .select('id');
      if (exceptId) query = query.where('id', '<>', exceptId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async insert(addressId: string, input: HouseholdInput): Promise<string> {
      const row = await db
        .insertInto('households')
        .values({ address_id: addressId, ...columns(input) })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('household_contacts')
        .values({ household_id: row.id, name: input.contactName, phone: input.contactPhone, email: input.contactEmail })
        .execute();
      return row.id;
    },

    async update(householdId: string, input: HouseholdInput): Promise<void> {
      await db
        .updateTable('households')
        .set({ ...columns(input), updated_at: sql`now()` })
        .where('id', '=', householdId)
        .execute();
      await db
        .insertInto('household_contacts')
        .values({ household_id: householdId, name: input.contactName, phone: input.contactPhone, email: input.contactEmail })
        .onConflict((oc) => oc.column('household_id').doUpdateSet({ name: input.contactName, phone: input.contactPhone, email: input.contactEmail }))
        .execute();
    },

    async contact(householdId: string) {
      const row = await db.selectFrom('household_contacts').where('household_id', '=', householdId).select(['name', 'phone', 'email']).executeTakeFirst();
      return { householdId, name: row?.name ?? '', phone: row?.phone ?? '', email: row?.email ?? '' };
    },
  };
}
