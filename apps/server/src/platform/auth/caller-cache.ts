import type { FastifyInstance } from 'fastify';
import type { ProjectRole } from '@thuis/domain';
import type { DatabaseHandle } from '../db/database.js';
import type { SessionActorRow } from './session-repository.js';

/** A safety net only: every change that matters is announced at once (ADR 0006). */
export const CALLER_CACHE_TTL_MS = 30_000;
const MAX_SESSIONS = 10_000;

type SessionRow = Omit<SessionActorRow, 'projectRole'>;

interface Entry {
  row: SessionRow;
  /** The user's role per project asked about (null: not a member). */
  roles: Map<string, ProjectRole | null>;
  keptUntil: number;
}

/**
 * The sessions of this instance's recent callers, with their roles in the projects they asked about
 * (ADR 0006). Kept only while the database's notices are heard: a notice forgets what it names at
 * once, and losing the connection that hears them forgets everything and stops keeping until it is
 * back. A read that was under way when a notice came is not kept (`generation`).
 */
export function createCallerCache(options: { ttlMs?: number } = {}) {
  const ttlMs = options.ttlMs ?? CALLER_CACHE_TTL_MS;
  const entries = new Map<string, Entry>();
  let listening = false;
  let generation = 0;

  const forgetWhere = (matches: (row: SessionRow) => boolean) => {
    for (const [id, entry] of entries) if (matches(entry.row)) entries.delete(id);
  };

  return {
    /** Taken before a read from the database; `keep` refuses the read when something changed since. */
    generation: () => generation,

    /** The session (and role in the project, when asked) as last read, or undefined to read afresh. */
    find(sessionId: string, projectId: string | undefined, now: number): SessionActorRow | undefined {
      const entry = listening ? entries.get(sessionId) : undefined;
      if (!entry) return undefined;
      if (entry.keptUntil <= now || entry.row.expiresAt.getTime() <= now) {
        entries.delete(sessionId);
        return undefined;
      }
      if (projectId === undefined) return entry.row;
      const role = entry.roles.get(projectId);
      return role === undefined ? undefined : { ...entry.row, projectRole: role };
    },

    keep(row: SessionActorRow, projectId: string | undefined, readAt: number, now: number): void {
      if (!listening || readAt !== generation) return;
      const { projectRole, ...session } = row;
      const previous = entries.get(row.sessionId);
      entries.delete(row.sessionId);
      const roles = previous?.roles ?? new Map<string, ProjectRole | null>();
      if (projectId !== undefined && projectRole !== undefined) roles.set(projectId, projectRole);
      entries.set(row.sessionId, { row: session, roles, keptUntil: previous?.keptUntil ?? now + ttlMs });
      if (entries.size > MAX_SESSIONS) entries.delete(entries.keys().next().value!);
    },

    /** The idle timeout was slid: the kept copy follows. */
    touched(sessionId: string, lastSeenAt: Date, expiresAt: Date): void {
      const entry = entries.get(sessionId);
      if (entry) entry.row = { ...entry.row, lastSeenAt, expiresAt };
    },

    /** A notice from the database (migration 0044): forget what it names, or everything if unknown. */
    changed(payload: string): void {
      generation++;
      const colon = payload.indexOf(':');
      const kind = payload.slice(0, colon);
      const id = payload.slice(colon + 1);
      if (kind === 'session') entries.delete(id);
      else if (kind === 'user') forgetWhere((row) => row.userId === id);
      else if (kind === 'organisation') forgetWhere((row) => row.organisationId === id);
      else entries.clear();
    },

    listening(on: boolean): void {
      generation++;
      listening = on;
      entries.clear();
    },

    get size() {
      return entries.size;
    },
  };
}
export type CallerCache = ReturnType<typeof createCallerCache>;

/**
 * The cache of an app, listening to its database's notices until the app closes; none when the
 * database cannot announce changes (then every request reads its caller afresh).
 */
export async function listenForCallerChanges(app: FastifyInstance, database: Pick<DatabaseHandle, 'listenForCallerChanges'>): Promise<CallerCache | undefined> {
  if (!database.listenForCallerChanges) return undefined;
  const cache = createCallerCache();
  const stop = await database.listenForCallerChanges(cache.changed, cache.listening);
  app.addHook('onClose', stop);
  return cache;
}
