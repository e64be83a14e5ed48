import type { CurrentUser } from '@thuis/domain';
import type { SessionActorRow } from '../../platform/auth/session-repository.js';

export function toCurrentUser(row: SessionActorRow): CurrentUser {
  return {
    id: row.userId,
    displayName: row.displayName,
    email: row.email,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    organisationType: row.organisationType,
    isAdmin: row.isAdmin,
    canCreateProjects: row.canCreateProjects,
    locale: row.locale,
    mustChangePassword: row.mustChangePassword,
  };
}
