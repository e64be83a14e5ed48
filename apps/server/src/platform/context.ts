import type { Config } from '../config.js';
import type { Access } from './access/access.js';
import type { Db } from './db/database.js';
import type { JobRunner } from './jobs/job-runner.js';
import type { Mailer } from './mail/mailer.js';

/** What use cases need from the platform; passed explicitly, never imported as globals. */
export interface AppContext {
  db: Db;
  access: Access;
  config: Config;
  /** Background work; absent in contexts that do not run jobs (the admin CLI). */
  jobs?: Pick<JobRunner, 'nudge'>;
  /** Outgoing e-mail; absent when no SMTP server is configured. */
  mailer?: Mailer;
}
