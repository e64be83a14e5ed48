import { pageFrom, type Actor, type SignalQuery } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createSignalRepository } from './repository.js';

/** A page of the project's signals, for the social team: care signals are personal data, so each page read is audited. */
export async function listSignals(ctx: AppContext, { actor, projectId, query }: { actor: Actor; projectId: string; query: SignalQuery }) {
  await ctx.access.require(actor, 'signals.read', projectId);
  const signals = createSignalRepository(ctx.db);
  const { cursor, limit, ...selection } = query;
  const [rows, total] = await Promise.all([signals.list(projectId, selection, { limit, after: cursor }), signals.count(projectId, selection)]);
  const { items, nextCursor } = pageFrom(rows, limit, (r) => [r.cursorKey, r.id]);
  await recordListRead(ctx.db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'signal',
    ids: items.map((r) => r.id),
    households: { pseudonyms: items.flatMap((r) => (r.householdKey ? [r.householdKey] : [])) },
    details: { filter: selection, page: { limit, after: cursor ?? null } },
  });
  return {
    items: items.map(({ householdKey, cursorKey: _cursorKey, ...r }) => ({
      ...r,
      fromVisit: householdKey !== null,
      reportedByName: r.reportedByName ?? '',
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor,
    total,
  };
}
