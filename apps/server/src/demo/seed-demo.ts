import { sql } from 'kysely';
import { recordAudit } from '../platform/audit/audit.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Db } from '../platform/db/database.js';
import { createProjectRepository } from '../modules/projects/repository.js';
import { DEMO_PASSWORD, demoOrganisations, demoUsers, lankforst, spoorbuurt, type DemoProject } from './demo-data.js';

/**
 * Fills an empty database with the demo (organisations, a user per role, two projects).
 * Returns false and changes nothing when the database already holds any organisation or user.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    // Two instances starting at once must not both seed.
    await sql`lock table organisations in exclusive mode`.execute(trx);
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    const anyUser = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (existing || anyUser) return false;

    const organisationIds = new Map<string, string>();
    for (const org of demoOrganisations) {
      const row = await trx.insertInto('organisations').values({ name: org.name, type: org.type }).returning('id').executeTakeFirstOrThrow();
      organisationIds.set(org.key, row.id);
    }
    const userIds = new Map<string, string>();
    for (const user of demoUsers) {
      const row = await trx
        .insertInto('users')
        .values({
          organisation_id: organisationIds.get(user.organisation)!,
          email: user.email,
          display_name: user.name,
          phone: user.phone,
          password_hash: passwordHash,
          is_admin: user.isAdmin ?? false,
          can_create_projects: user.canCreateProjects ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(user.key, row.id);
    }

    const projects = createProjectRepository(trx);
    const leaderId = userIds.get('leader')!;
    async function addProject(demo: DemoProject) {
      const projectId = await projects.insert(demo.input, leaderId);
      await projects.replacePartners(
        projectId,
        demo.partners.map((p) => ({ organisationId: organisationIds.get(p.organisation)!, part: p.part })),
      );
      await projects.replaceTeam(
        projectId,
        demo.team.map((key) => ({ userId: userIds.get(key)!, role: demoUsers.find((u) => u.key === key)!.role! })),
      );
      for (const { phase, ...dates } of demo.phases) await projects.savePhase(projectId, phase, dates);
      await projects.saveSocialNotes(projectId, demo.socialNotes, leaderId);
      await recordAudit(trx, { actorUserId: null, action: 'create', resourceType: 'project', resourceId: projectId, projectId, details: { via: 'demo' } });
    }
    await addProject(lankforst);
    await addProject(spoorbuurt);
    return true;
  });
}
