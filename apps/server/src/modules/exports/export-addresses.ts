import type { Actor } from '@thuis/domain';
import { can } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createAddressRepository } from '../addresses/repository.js';
import { writeTable, type Column, type ExportFormat } from './write-table.js';
import { createExportRepository } from './repository.js';

/**
 * The address list as a file, with what the exporting role may see: the contractor gets addresses,
 * planning and shared practical needs; the social team also the current household's contact data
 * (an audited export of personal data).
 */
export async function exportAddresses(
  ctx: AppContext,
  { actor, projectId, format, t }: { actor: Actor; projectId: string; format: ExportFormat; t: Translate },
) {
  const role = await ctx.access.require(actor, 'addresses.read', projectId);
  const withContacts = can(actor, 'households.contacts.read', { kind: 'project', projectId, role });
  const rows = await createAddressRepository(ctx.db).forExport(projectId);
  const contacts = withContacts
    ? await createExportRepository(ctx.db).currentContacts(projectId)
    : new Map<string, { name: string; phone: string; email: string }>();
  const date = (header: string): Column => ({ header, kind: 'date' });
  const columns: Column[] = [
    { header: t('fields.unitId') },
    { header: t('fields.street') },
    { header: t('fields.houseNumber'), kind: 'number' },
    { header: t('fields.addition') },
    { header: t('fields.postcode') },
    { header: t('fields.city') },
    { header: t('fields.homeType') },
    { header: t('fields.buildingId') },
    { header: t('fields.subNeighbourhoodId') },
    { header: t('fields.buildingPhaseId') },
    date(t('fields.plannedStart')),
    date(t('fields.plannedEnd')),
    { header: t('fields.practicalNeeds') },
    ...(withContacts ? [{ header: t('fields.contactName') }, { header: t('fields.contactPhone') }, { header: t('fields.contactEmail') }] : []),
  ];
  const data = rows.map((r) => {
    const contact = contacts.get(r.id);
    return [
      r.unitId,
      r.street,
      r.houseNumber,
      r.addition,
      r.postcode,
      r.city,
      r.homeType,
      r.building,
      r.subNeighbourhood,
      r.buildingPhase,
      r.worksStart,
      r.worksEnd,
      r.sharedPracticalNeeds,
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
  return writeTable(format, { sheetName: t('fields.addressIds'), columns, rows: data });
}
