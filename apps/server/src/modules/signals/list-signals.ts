import type { Actor } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createSignalRepository } from './repository.js';

/** The project's signals, for the social team: care signals are personal data, so the read is audited. */
export async function listSignals(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'signals.read', projectId);
  const rows = await createSignalRepository(ctx.db).list(projectId);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'signal',
    ids: rows.map((r) => r.id),
    households: { pseudonyms: rows.flatMap((r) => (r.householdKey ? [r.householdKey] : [])) },
  });
  return rows.map(({ householdKey, ...r }) => ({
    ...r,
    fromVisit: householdKey !== null,
    reportedByName: r.reportedByName ?? '',
    createdAt: r.createdAt.toISOString(),
  }));
}
