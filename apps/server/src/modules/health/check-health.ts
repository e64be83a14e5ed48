import type { AppContext } from '../../platform/context.js';
import { createHealthRepository } from './repository.js';

/** What a load balancer or monitor asks: is the app up and does its database answer. */
export async function checkHealth(ctx: AppContext, engine: 'pglite' | 'postgres') {
  const reachable = await createHealthRepository(ctx.db).isReachable();
  return { status: reachable ? ('ok' as const) : ('degraded' as const), database: reachable ? ('reachable' as const) : ('unreachable' as const), engine };
}
