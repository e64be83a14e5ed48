import { accountPermissions, permissionsByRole, type AccountPermission, type Permission, type ProjectPermission, type ProjectRole } from './roles.js';

/** Who is asking. `null` stands for an anonymous caller. */
export interface Actor {
  userId: string;
  organisationId: string;
  isAdmin: boolean;
  canCreateProjects: boolean;
}

/** What is asked about: nothing in particular (account-level), or a project with the actor's role in it. */
export type Resource = { kind: 'account' } | { kind: 'project'; projectId: string; role: ProjectRole | null };

function isAccountPermission(permission: Permission): permission is AccountPermission {
  return (accountPermissions as readonly string[]).includes(permission);
}

/** Deny by default: only what the role table grants is allowed. */
export function can(actor: Actor | null, permission: Permission, resource: Resource): boolean {
  if (!actor) return false;
  if (isAccountPermission(permission)) {
    switch (permission) {
      case 'organisation.list':
        return true;
      case 'organisation.manage':
      case 'user.manage':
        return actor.isAdmin;
      case 'project.create':
        return actor.canCreateProjects;
    }
  }
  if (resource.kind !== 'project' || resource.role === null) return false;
  return permissionsByRole[resource.role].includes(permission as ProjectPermission);
}

/** The permissions an actor has within one project, for the UI to hide what it cannot do. */
export function projectPermissionsFor(role: ProjectRole | null): ProjectPermission[] {
  return role ? [...permissionsByRole[role]] : [];
}
