import type { ProjectRole } from '@thuis/domain';
import type { Db } from '../db/database.js';

export function createMembershipRepository(db: Db) {
  return {
    /** The user's role in the project, or null when not a member. */
    async roleOf(userId: string, projectId: string): Promise<ProjectRole | null> {
      const row = await db.selectFrom('project_members').where('project_id', '=', projectId).where('user_id', '=', userId).select('role').executeTakeFirst();
      return row?.role ?? null;
    },
  };
}
