/**
 * Creates the first administrator (and its organisation) in a production database:
 *   npm run admin:create -- --email beheer@example.nl --name "Naam" --organisation "Organisatie" --type corporation
 * The password is read from the THUIS_ADMIN_PASSWORD environment variable, never from the command line.
 */
import { parseArgs } from 'node:util';
import { email as emailSchema, organisationType, password as passwordSchema, requiredText } from '@thuis/domain';
import { loadConfig } from '../config.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { recordAudit } from '../platform/audit/audit.js';
import { openDatabase } from '../platform/db/open-database.js';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    type: { type: 'string', default: 'corporation' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const email = emailSchema.safeParse(values.email ?? '');
if (!email.success) fail('--email: give a valid e-mail address');
const name = requiredText(120).safeParse(values.name ?? '');
if (!name.success) fail('--name: give the administrator\'s name');
const organisation = requiredText(200).safeParse(values.organisation ?? '');
if (!organisation.success) fail('--organisation: give the name of the organisation');
const type = organisationType.safeParse(values.type);
if (!type.success) fail(`--type: one of ${organisationType.options.join(', ')}`);
const password = passwordSchema.safeParse(process.env.THUIS_ADMIN_PASSWORD ?? '');
if (!password.success) fail('THUIS_ADMIN_PASSWORD: set a password of at least 12 characters in this environment variable');

const config = loadConfig();
const database = await openDatabase(config);
try {
  const passwordHash = await hashPassword(password.data);
  await database.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').where('email', '=', email.data).select('id').executeTakeFirst();
    if (taken) fail(`An account with ${email.data} exists already.`);
    const existingOrg = await trx.selectFrom('organisations').where('name', '=', organisation.data).select('id').executeTakeFirst();
    const organisationId =
      existingOrg?.id ??
      (await trx.insertInto('organisations').values({ name: organisation.data, type: type.data }).returning('id').executeTakeFirstOrThrow()).id;
    const user = await trx
      .insertInto('users')
      .values({ organisation_id: organisationId, email: email.data, display_name: name.data, password_hash: passwordHash, is_admin: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actorUserId: null, action: 'create', resourceType: 'user', resourceId: user.id, details: { via: 'cli', isAdmin: true } });
  });
  console.log(`Administrator ${email.data} created.`);
} finally {
  await database.close();
}
