import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createOrganisationRepository } from './repository.js';

export async function listOrganisations(ctx: AppContext, { actor }: { actor: Actor }) {
  await ctx.access.require(actor, 'organisation.list');
  return createOrganisationRepository(ctx.db).list();
}
