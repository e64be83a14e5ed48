import type { Actor } from '@thuis/domain';
import { can } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createAddressRepository } from '../addresses/repository.js';
import { writeTable, type ExportFormat } from './write-table.js';
import { livesThereOn } from '../households/lives-there.js';

/**
 * The address list as a file, with what the exporting role may see: the contractor gets addresses,
 * planning and shared practical needs; the social team also the current household's contact data
 * (an audited export of personal data).
 */
export async function exportAddresses(ctx: AppContext, { actor, projectId, format, t }: { actor: Actor; projectId: string; format: ExportFormat; t: Translate }) {
  const role = await ctx.access.require(actor, 'addresses.read', projectId);
  const withContacts = can(actor, 'households.contacts.read', { kind: 'project', projectId, role });
  const rows = await createAddressRepository(ctx.db).forExport(projectId);
  const contacts = withContacts ? await currentContacts(ctx, projectId) : new Map<string, { name: string; phone: string; email: string }>();
  const headers = [
    t('fields.unitId'), t('fields.street'), t('fields.houseNumber'), t('fields.addition'), t('fields.postcode'), t('fields.city'),
    t('fields.homeType'), t('fields.buildingId'), t('fields.subNeighbourhoodId'), t('fields.buildingPhaseId'),
    t('fields.plannedStart'), t('fields.plannedEnd'), t('fields.practicalNeeds'),
    ...(withContacts ? [t('fields.contactName'), t('fields.contactPhone'), t('fields.contactEmail')] : []),
  ];
  const data = rows.map((r) => {
    const contact = contacts.get(r.id);
    return [
      r.unitId, r.street, r.houseNumber, r.addition, r.postcode, r.city, r.homeType, r.building, r.subNeighbourhood, r.buildingPhase,
      formatDutchDate(r.worksStart), formatDutchDate(r.worksEnd), r.sharedPracticalNeeds,
      ...(withContacts ? [contact?.name ?? '', contact?.phone ?? '', contact?.email ?? ''] : []),
    ];
  });
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: withContacts ? 'read' : 'export',
    resourceType: withContacts ? 'household_contacts_export' : 'addresses_export',
    resourceId: projectId,
    projectId,
    details: { format, rows: data.length },
  });
  return writeTable(format, { sheetName: t('fields.addressIds'), headers, rows: data });
}

async function currentContacts(ctx: AppContext, projectId: string) {
  const rows = await ctx.db
    .selectFrom('households as h')
    .innerJoin('addresses as a', 'a.id', 'h.address_id')
    .innerJoin('household_contacts as c', 'c.household_id', 'h.id')
    .where('a.project_id', '=', projectId)
    .where(livesThereOn('h'))
    .select(['a.id as addressId', 'c.name', 'c.phone', 'c.email'])
    .execute();
  return new Map(rows.map((r) => [r.addressId, r]));
}
