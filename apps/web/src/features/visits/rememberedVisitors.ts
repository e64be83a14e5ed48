/**
 * The visitors a planner chose last, per user and project, kept in this browser's local storage: a
 * convenience of the desk where the planning is done, holding only team members' ids (no resident's
 * data), so it needs no table, route or audit; another device simply starts without it.
 */
const key = (userId: string, projectId: string) => `thuis.visitors.${userId}.${projectId}`;

export function rememberedVisitors(userId: string, projectId: string, storage: Pick<Storage, 'getItem'> = window.localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(key(userId, projectId)) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberVisitors(userId: string, projectId: string, visitorIds: readonly string[], storage: Pick<Storage, 'setItem'> = window.localStorage) {
  try {
    storage.setItem(key(userId, projectId), JSON.stringify(visitorIds));
  } catch {
    // Storage full or switched off: planning works as before, the choice is just not kept.
  }
}

/** The remembered visitors that can still go (a member who left the team is dropped). */
export function stillOffered(remembered: readonly string[], offered: readonly { userId: string }[]): string[] {
  const ids = new Set(offered.map((m) => m.userId));
  return remembered.filter((id) => ids.has(id));
}
