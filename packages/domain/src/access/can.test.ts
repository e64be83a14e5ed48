import { describe, expect, it } from 'vitest';
import { can, type Actor } from './can.js';
import { projectRoles, roleFitsOrganisation, rolesWithPermission, socialTeamRoles } from './roles.js';

const newActor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  organisationId: 'o1',
  isAdmin: false,
  canCreateProjects: false,
  ...overrides,
});
const inProject = (role: (typeof projectRoles)[number] | null) => ({ kind: 'project' as const, projectId: 'p1', role });

describe('can', () => {
  it('denies everything to an anonymous caller', () => {
    expect(can(null, 'organisation.list', { kind: 'account' })).toBe(false);
    expect(can(null, 'project.read', inProject('project_leader'))).toBe(false);
  });

  it('gives an administrator account management but no project content', () => {
    const admin = newActor({ isAdmin: true });
    expect(can(admin, 'user.manage', { kind: 'account' })).toBe(true);
    expect(can(admin, 'organisation.manage', { kind: 'account' })).toBe(true);
    expect(can(admin, 'project.read', inProject(null))).toBe(false);
    expect(can(admin, 'project.create', { kind: 'account' })).toBe(false);
  });

  it('lets only flagged accounts start projects', () => {
    expect(can(newActor({ canCreateProjects: true }), 'project.create', { kind: 'account' })).toBe(true);
    expect(can(newActor(), 'project.create', { kind: 'account' })).toBe(false);
  });

  it('keeps team contact data and social notes to the social team', () => {
    for (const role of projectRoles) {
      const social = socialTeamRoles.includes(role);
      expect(can(newActor(), 'project.team.contacts.read', inProject(role)), role).toBe(social);
      expect(can(newActor(), 'project.socialNotes.read', inProject(role)), role).toBe(social);
    }
  });

  it('lets only the project leader change the project', () => {
    for (const role of projectRoles) {
      expect(can(newActor(), 'project.update', inProject(role)), role).toBe(role === 'project_leader');
      expect(can(newActor(), 'project.team.manage', inProject(role)), role).toBe(role === 'project_leader');
    }
  });

  it('denies project permissions to a non-member', () => {
    expect(can(newActor(), 'project.read', inProject(null))).toBe(false);
  });
});

describe('roleFitsOrganisation', () => {
  it('never puts a contractor in the social team', () => {
    for (const role of socialTeamRoles) expect(roleFitsOrganisation(role, 'contractor')).toBe(false);
    expect(roleFitsOrganisation('site_manager', 'contractor')).toBe(true);
  });
});

describe('rolesWithPermission', () => {
  it('names the roles that hold a permission: only partner contacts answer referrals', () => {
    expect(rolesWithPermission('referrals.respond')).toEqual(['partner_contact']);
    expect(rolesWithPermission('visits.plan')).toEqual(expect.arrayContaining([...socialTeamRoles]));
  });
});
