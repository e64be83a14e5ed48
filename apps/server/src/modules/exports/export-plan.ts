import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { getPlan } from '../plan/get-plan.js';
import { writeTable, type Column, type ExportFormat } from './write-table.js';

/** The plan as a file: the five phases of the approach and the building phases, one row each. */
export async function exportPlan(ctx: AppContext, { actor, projectId, format, t }: { actor: Actor; projectId: string; format: ExportFormat; t: Translate }) {
  const plan = await getPlan(ctx, { actor, projectId, t });
  const date = (header: string): Column => ({ header, kind: 'date' });
  const columns: Column[] = [
    { header: t('fields.name') },
    { header: t('fields.type') },
    date(t('fields.plannedStart')),
    date(t('fields.plannedEnd')),
    date(t('fields.actualStart')),
    date(t('fields.actualEnd')),
    { header: t('fields.status') },
  ];
  const rows = [
    ...plan.phases.map((p) => [
      t(`phases.${p.phase}`),
      t('fields.phase'),
      p.plannedStart,
      p.plannedEnd,
      p.actualStart,
      p.actualEnd,
      t(`phaseStatuses.${p.status}`),
    ]),
    ...plan.buildingPhases.map((b) => [b.name, t(`worksKinds.${b.intervention}`), b.plannedStart, b.plannedEnd, b.actualStart, b.actualEnd, '']),
  ];
  return writeTable(format, { sheetName: t('fields.phase'), columns, rows });
}
