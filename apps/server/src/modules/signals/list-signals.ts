import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createSignalRepository } from './repository.js';

/** The project's signals, for the social team. */
export async function listSignals(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'signals.read', projectId);
  const rows = await createSignalRepository(ctx.db).list(projectId);
  return rows.map(({ householdKey, ...r }) => ({ ...r, fromVisit: householdKey !== null, reportedByName: r.reportedByName ?? '', createdAt: r.createdAt.toISOString() }));
}
