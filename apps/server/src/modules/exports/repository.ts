import type { Db } from '../../platform/db/database.js';
import { livesThereOn } from '../households/lives-there-repository.js';

export function createExportRepository(db: Db) {
  return {
    /** The contact data of each address's current household, by address id: personal data, for the social team's export only. */
    async currentContacts(projectId: string): Promise<Map<string, { name: string; phone: string; email: string }>> {
      const rows = await db
        .selectFrom('households as h')
        .innerJoin('addresses as a', 'a.id', 'h.address_id')
        .innerJoin('household_contacts as c', 'c.household_id', 'h.id')
        .where('a.project_id', '=', projectId)
        .where(livesThereOn('h'))
        .select(['a.id as addressId', 'c.name', 'c.phone', 'c.email'])
        .execute();
      return new Map(rows.map((r) => [r.addressId, r]));
    },
  };
}
