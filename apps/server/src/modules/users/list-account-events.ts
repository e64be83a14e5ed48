import type { Actor } from '@thuis/domain';
import type { accountEventQuery } from '@thuis/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { createUserRepository } from './repository.js';

type Query = z.output<typeof accountEventQuery>;

/** One page of account events, newest first, with one more row asked for to tell whether older ones exist. */
export async function accountEventPage(ctx: AppContext, query: Query) {
  const rows = await createUserRepository(ctx.db).accountEvents({ ...query, limit: query.limit + 1 });
  return { entries: rows.slice(0, query.limit).map((r) => ({ ...r, id: String(r.id), at: r.at.toISOString() })), more: rows.length > query.limit };
}

/** Every account's events for the administrator, also failed log-ins on addresses without an account. */
export async function listAccountEvents(ctx: AppContext, { actor, query }: { actor: Actor; query: Query }) {
  await ctx.access.require(actor, 'user.manage');
  return accountEventPage(ctx, query);
}
