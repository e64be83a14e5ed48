import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  port: number;
  host: string;
  production: boolean;
  /** PostgreSQL server; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Cookies only over HTTPS; on by default in production. */
  secureCookies: boolean;
  webDist: string;
  logLevel: string;
  demo: boolean;
  /** How often background jobs look for work when not nudged. */
  jobIntervalMs: number;
  /** Outgoing e-mail (reminders); without it Thuis reminds in the app only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people open Thuis at, for links in e-mail. */
  appUrl: string;
  /**
   * The background map: an XYZ tile URL template (`{z}/{x}/{y}`), e.g. PDOK's BRT-Achtergrondkaart
   * (see README). Without it the map shows homes and places on a plain background.
   */
  mapTiles: { url: string; attribution: string; maxZoom: number } | undefined;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? (production ? '0.0.0.0' : 'localhost'),
    production,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, 'data')),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    webDist: path.resolve(env.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')),
    logLevel: env.LOG_LEVEL ?? 'info',
    // Demo data never in production; elsewhere it fills an empty database unless switched off.
    demo: !production && env.DEMO !== 'false',
    jobIntervalMs: Number(env.JOB_INTERVAL_MS ?? 1000),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Thuis <noreply@thuis.local>',
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    mapTiles: env.THUIS_MAP_TILES_URL
      ? {
          url: env.THUIS_MAP_TILES_URL,
          attribution: env.THUIS_MAP_TILES_ATTRIBUTION ?? '',
          maxZoom: Number(env.THUIS_MAP_TILES_MAX_ZOOM ?? 19),
        }
      : undefined,
  };
}
