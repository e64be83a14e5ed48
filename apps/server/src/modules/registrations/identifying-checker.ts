import { createIdentifyingChecker, type IdentifyingChecker } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { createRegistrationRepository } from './repository.js';

/** Checkers kept per project (and with or without the team's names), most recently used last. */
const cache = new Map<string, { version: string; checker: IdentifyingChecker }>();
const MAX_PROJECTS = 200;

/**
 * The identifying-details check of a project, built once and kept while the project's residents'
 * names, streets and team stay the same: a save reads one version stamp instead of every name.
 * `team: false` leaves the team's own names allowed (who does what).
 */
export async function identifyingChecker(db: Db, projectId: string, { team = true }: { team?: boolean } = {}): Promise<IdentifyingChecker> {
  const registrations = createRegistrationRepository(db);
  // The stamp is read before the names: a change in between leaves a newer copy under an older stamp, never the reverse.
  const version = await registrations.identifyingVersion(projectId);
  const key = `${projectId}:${team}`;
  const kept = cache.get(key);
  cache.delete(key);
  if (kept?.version === version) {
    cache.set(key, kept);
    return kept.checker;
  }
  const checker = createIdentifyingChecker(await registrations.identifyingContext(projectId, { team }));
  cache.set(key, { version, checker });
  if (cache.size > MAX_PROJECTS) cache.delete(cache.keys().next().value!);
  return checker;
}
