import type { Config } from '../config.js';
import type { Access } from './access/access.js';
import type { Db } from './db/database.js';

/** What use cases need from the platform; passed explicitly, never imported as globals. */
export interface AppContext {
  db: Db;
  access: Access;
  config: Config;
}
