/**
 * Creates the first administrator (and its organisation) in a production database:
 *   npm run admin:create -- --email beheer@example.nl --name "Naam" --organisation "Organisatie" --type corporation
 * The password is read from the THUIS_ADMIN_PASSWORD environment variable, never from the command line.
 */
import { parseArgs } from 'node:util';
import { email as emailSchema, organisationType, password as passwordSchema, requiredText } from '@thuis/domain';
import { loadConfigOrExit } from '../config.js';
import { hashPassword } from '../platform/auth/passwords.js';
import { openDatabase } from '../platform/db/open-database.js';
import { createFirstAdmin } from '../modules/users/create-first-admin.js';

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
if (!name.success) fail("--name: give the administrator's name");
const organisation = requiredText(200).safeParse(values.organisation ?? '');
if (!organisation.success) fail('--organisation: give the name of the organisation');
const type = organisationType.safeParse(values.type);
if (!type.success) fail(`--type: one of ${organisationType.options.join(', ')}`);
const password = passwordSchema.safeParse(process.env.THUIS_ADMIN_PASSWORD ?? '');
if (!password.success) fail('THUIS_ADMIN_PASSWORD: set a password of at least 12 characters in this environment variable');

const config = loadConfigOrExit();
const database = await openDatabase(config);
try {
  const passwordHash = await hashPassword(password.data);
  const result = await createFirstAdmin(database.db, { email: email.data, name: name.data, organisation: organisation.data, type: type.data, passwordHash });
  if (result === 'taken') fail(`An account with ${email.data} exists already.`);
  console.log(`Administrator ${email.data} created.`);
} finally {
  await database.close();
}
