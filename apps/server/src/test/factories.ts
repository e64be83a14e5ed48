import { randomUUID } from 'node:crypto';
import type { OrganisationType, PhaseKey, ProjectInput, ProjectRole } from '@thuis/domain';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Db } from '../platform/db/database.js';
import { createProjectRepository } from '../modules/projects/repository.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function newOrganisation(db: Db, overrides: { name?: string; type?: OrganisationType } = {}) {
  const row = await db
    .insertInto('organisations')
    .values({ name: overrides.name ?? `Organisatie ${unique()}`, type: overrides.type ?? 'corporation' })
    .returning(['id', 'name', 'type'])
    .executeTakeFirstOrThrow();
  return row;
}

export interface NewUserOptions {
  organisationId?: string;
  organisationType?: OrganisationType;
  name?: string;
  email?: string;
  phone?: string;
  isAdmin?: boolean;
  canCreateProjects?: boolean;
  active?: boolean;
}

export async function newUser(db: Db, options: NewUserOptions = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const organisationId = options.organisationId ?? (await newOrganisation(db, { type: options.organisationType ?? 'corporation' })).id;
  const id = unique();
  return db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      email: options.email ?? `user-${id}@example.nl`,
      display_name: options.name ?? `Gebruiker ${id}`,
      phone: options.phone ?? `06 ${String(Math.floor(10000000 + Math.random() * 89999999))}`,
      password_hash: await passwordHash,
      is_admin: options.isAdmin ?? false,
      can_create_projects: options.canCreateProjects ?? false,
      active: options.active ?? true,
    })
    .returning(['id', 'email', 'phone', 'organisation_id as organisationId', 'display_name as displayName'])
    .executeTakeFirstOrThrow();
}

export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    name: `Project ${unique()}`,
    neighbourhood: 'Lankforst',
    municipality: 'Nijmegen',
    description: '',
    worksKinds: ['major_maintenance_occupied'],
    startsOn: '2026-01-05',
    endsOn: '2027-12-31',
    ...overrides,
  };
}

/** A project with partners and members as given; the members' organisations become partners. */
export async function newProject(
  db: Db,
  options: { members?: { userId: string; organisationId: string; role: ProjectRole }[]; input?: Partial<ProjectInput> } = {},
) {
  const projects = createProjectRepository(db);
  const members = options.members ?? [];
  const projectId = await projects.insert(projectInput(options.input), members[0]?.userId ?? null!);
  const organisations = [...new Set(members.map((m) => m.organisationId))];
  await projects.replacePartners(projectId, organisations.map((organisationId) => ({ organisationId, part: 'core' as const })));
  await projects.replaceTeam(projectId, members.map(({ userId, role }) => ({ userId, role })));
  return { id: projectId };
}

export async function setPhase(db: Db, projectId: string, phase: PhaseKey, status: 'not_started' | 'in_progress' | 'done') {
  await createProjectRepository(db).savePhase(projectId, phase, {
    plannedStart: null,
    plannedEnd: null,
    actualStart: status === 'not_started' ? null : '2026-01-05',
    actualEnd: status === 'done' ? '2026-03-01' : null,
    status,
  });
}
