import { phaseKeys, type Actor, type PhaseKey } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPreparationRepository } from './repository.js';

/** Which organisation does what per phase of the approach, with the organisations a cell may name. */
export async function getTaskMatrix(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'agreements.read', projectId);
  const repository = createPreparationRepository(ctx.db);
  const [cells, partners] = await Promise.all([repository.taskMatrixCells(projectId), repository.partnerList(projectId)]);
  const rows: { task: string; organisationIds: Record<PhaseKey, string | null> }[] = [];
  for (const cell of cells) {
    rows[cell.position] ??= { task: cell.task, organisationIds: Object.fromEntries(phaseKeys.map((p) => [p, null])) as Record<PhaseKey, string | null> };
    rows[cell.position]!.organisationIds[cell.phase] = cell.organisationId;
  }
  return { rows: rows.filter(Boolean), organisations: partners.map((p) => ({ id: p.id, name: p.name })) };
}
