import { sql, type Kysely } from 'kysely';

/** Back-fill: the groups of the address each registered household lived at. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update registrations r set building_phase_id = a.building_phase_id, sub_neighbourhood_id = a.sub_neighbourhood_id
    from households h join addresses a on a.id = h.address_id
    where h.pseudonym = r.household_key and a.project_id = r.project_id`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0010 cannot be reverted');
}
