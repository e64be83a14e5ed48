import type { OrganisationType } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { createOrganisationRepository } from '../organisations/repository.js';
import { createUserRepository } from './repository.js';

/**
 * The first administrator of a production database, with its organisation (found by name or made),
 * for the command line (cli/create-admin.ts). The password is the administrator's own choice, so it
 * need not be replaced at the first log-in. Answers 'taken' when the e-mail address has an account.
 */
export async function createFirstAdmin(
  db: Db,
  input: { email: string; name: string; organisation: string; type: OrganisationType; passwordHash: string },
): Promise<'created' | 'taken'> {
  return db.transaction().execute(async (trx) => {
    const users = createUserRepository(trx);
    if (await users.emailTaken(input.email)) return 'taken';
    const organisations = createOrganisationRepository(trx);
    const organisationId = (await organisations.idByName(input.organisation)) ?? (await organisations.insert({ name: input.organisation, type: input.type }));
    const userId = await users.insert(
      { displayName: input.name, email: input.email, phone: '', organisationId, isAdmin: true, canCreateProjects: false, locale: 'nl', active: true },
      input.passwordHash,
      { chosenByOwner: true },
    );
    await recordAudit(trx, { actorUserId: null, action: 'create', resourceType: 'user', resourceId: userId, details: { via: 'cli', isAdmin: true } });
    return 'created';
  });
}
