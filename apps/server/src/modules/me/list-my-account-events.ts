import type { Actor } from '@thuis/domain';
import type { accountEventQuery } from '@thuis/domain';
import type { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { accountEventPage } from '../users/list-account-events.js';

/** What happened to one's own account (log-ins, failed log-ins, resets by an administrator). */
export async function listMyAccountEvents(ctx: AppContext, { actor, query }: { actor: Actor; query: z.output<typeof accountEventQuery> }) {
  return accountEventPage(ctx, { ...query, userId: actor.userId });
}
