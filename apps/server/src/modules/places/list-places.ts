import type { Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { createPlaceRepository } from './repository.js';
import { toPlace } from './to-place.js';

/** The project's meaningful places: no household data, so not audited as a read of personal data. */
export async function listPlaces(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'places.read', projectId);
  return (await createPlaceRepository(ctx.db).list(projectId)).map(toPlace);
}
