import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getPlan } from '../plan/get-plan.js';
import { writeTable, type ExportFormat } from './write-table.js';

/** The plan as a file: the five phases of the approach and the building phases, one row each. */
export async function exportPlan(ctx: AppContext, { actor, projectId, format, t }: { actor: Actor; projectId: string; format: ExportFormat; t: Translate }) {
  const plan = await getPlan(ctx, { actor, projectId, t });
  const headers = [t('fields.name'), t('fields.type'), t('fields.plannedStart'), t('fields.plannedEnd'), t('fields.actualStart'), t('fields.actualEnd'), t('fields.status')];
  const rows = [
    ...plan.phases.map((p) => [t(`phases.${p.phase}`), t('fields.phase'), formatDutchDate(p.plannedStart), formatDutchDate(p.plannedEnd), formatDutchDate(p.actualStart), formatDutchDate(p.actualEnd), t(`phaseStatuses.${p.status}`)]),
    ...plan.buildingPhases.map((b) => [b.name, t(`worksKinds.${b.intervention}`), formatDutchDate(b.plannedStart), formatDutchDate(b.plannedEnd), formatDutchDate(b.actualStart), formatDutchDate(b.actualEnd), '']),
  ];
  return writeTable(format, { sheetName: t('fields.phase'), headers, rows });
}
