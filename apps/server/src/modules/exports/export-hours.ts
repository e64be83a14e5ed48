import { phaseKeys, type Actor, type PhaseKey } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { createHoursRepository } from '../hours/repository.js';
import { writeTable, type Column, type ExportFormat } from './write-table.js';

/**
 * The booked hours as a file: one row per phase, organisation and person, for whoever may see the
 * hours page. Who worked how many hours is about named colleagues, so the export is audited.
 */
export async function exportHours(ctx: AppContext, { actor, projectId, format, t }: { actor: Actor; projectId: string; format: ExportFormat; t: Translate }) {
  await ctx.access.require(actor, 'hours.read', projectId);
  const rows = await createHoursRepository(ctx.db).perPerson(projectId);
  const order = (phase: string) => phaseKeys.indexOf(phase as PhaseKey);
  rows.sort((a, b) => order(a.phase) - order(b.phase));
  const columns: Column[] = [
    { header: t('fields.phase') },
    { header: t('hoursExport.organisation') },
    { header: t('hoursExport.person') },
    { header: t('hoursExport.hours'), kind: 'number' },
    { header: t('hoursExport.bookings'), kind: 'number' },
    { header: t('hoursExport.firstDay'), kind: 'date' },
    { header: t('hoursExport.lastDay'), kind: 'date' },
  ];
  const data = rows.map((r) => [t(`phases.${r.phase}`), r.organisationName, r.personName, r.hours, r.bookings, r.firstDay, r.lastDay]);
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: 'export',
    resourceType: 'hours_export',
    resourceId: projectId,
    projectId,
    details: { format, rows: data.length },
  });
  return writeTable(format, { sheetName: t('hoursExport.sheet'), columns, rows: data });
}
