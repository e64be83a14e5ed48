import { setImmediate as nextTurn } from 'node:timers/promises';
import { identifyingCheckerBuilder, type IdentifyingChecker, type IdentifyingContext } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { createRegistrationRepository } from './repository.js';

/** Checkers kept per project (and with or without the team's names), most recently used last. */
const cache = new Map<string, { version: string; checker: Promise<IdentifyingChecker> }>();
const MAX_PROJECTS = 200;
/** How long one slice of a build may hold the event loop before other requests get their turn. */
const SLICE_MS = 10;
const NAMES_PER_CLOCK_CHECK = 100;

/**
 * Builds the checker in slices of about SLICE_MS, giving the event loop back between them: the
 * 10.000 names of a large project take a few hundred ms in all, which no request may hold.
 */
export async function buildIdentifyingChecker(context: IdentifyingContext, { sliceMs = SLICE_MS } = {}): Promise<IdentifyingChecker> {
  const builder = identifyingCheckerBuilder();
  let sliceStart = performance.now();
  for (const [list, add] of [
    [context.knownNames ?? [], builder.addNames],
    [context.knownStreets ?? [], builder.addStreets],
  ] as const) {
    for (let from = 0; from < list.length; from += NAMES_PER_CLOCK_CHECK) {
      add(list.slice(from, from + NAMES_PER_CLOCK_CHECK));
      if (performance.now() - sliceStart >= sliceMs) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
  }
  return builder.checker();
}

/**
 * The identifying-details check of a project, built once and kept while the project's residents'
 * names, streets and team stay the same: a save reads one version stamp instead of every name.
 * Saves that arrive during a build wait for that one build. `team: false` leaves the team's own
 * names allowed (who does what).
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
  const checker = registrations.identifyingContext(projectId, { team }).then((context) => buildIdentifyingChecker(context));
  cache.set(key, { version, checker });
  if (cache.size > MAX_PROJECTS) cache.delete(cache.keys().next().value!);
  // A failed build is not kept: the next save tries again.
  checker.catch(() => {
    if (cache.get(key)?.checker === checker) cache.delete(key);
  });
  return checker;
}
