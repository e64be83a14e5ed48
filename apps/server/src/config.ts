import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  /** How long a stop (SIGTERM, SIGINT) waits for requests and background jobs before it gives up on them. */
  shutdownTimeoutMs: number;
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

/** One wrong or missing environment variable, said so that whoever runs Thuis can put it right. */
export interface ConfigProblem {
  variable: string;
  problem: string;
  example: string;
}

/** Thrown by loadConfig with every wrong variable at once (not only the first). */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(formatConfigProblems(problems));
    this.name = 'ConfigError';
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every variable Thuis reads, with what a right value looks like. The problem texts are whole
 * sentences for the person who runs Thuis; the values of secrets (addresses with passwords) are
 * never repeated in them.
 */
const examples = {
  NODE_ENV: 'production',
  PORT: '3000',
  HOST: '0.0.0.0',
  DATABASE_URL: 'postgres://thuis:secret@db:5432/thuis',
  DATA_DIR: '/var/lib/thuis',
  SECURE_COOKIES: 'true',
  WEB_DIST: '/app/apps/web/dist',
  LOG_LEVEL: 'info',
  DEMO: 'false',
  JOB_INTERVAL_MS: '1000',
  SHUTDOWN_TIMEOUT_MS: '8000',
  SMTP_URL: 'smtp://user:secret@mail.example.nl:587',
  MAIL_FROM: 'Thuis <noreply@example.nl>',
  APP_URL: 'https://thuis.example.nl',
  THUIS_MAP_TILES_URL: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
  THUIS_MAP_TILES_ATTRIBUTION: 'Kaartgegevens © Kadaster',
  THUIS_MAP_TILES_MAX_ZOOM: '19',
} as const;
type Variable = keyof typeof examples;
/** Addresses that may hold a password: never repeated in an error. */
const secret = new Set<string>(['DATABASE_URL', 'SMTP_URL']);

const wholeNumber = (min: number, max: number, unit = '') =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}${unit}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}${unit}`);

const yesNo = z.enum(['true', 'false'], { error: 'must be true or false' });

function urlWith(protocols: string[], problem: string) {
  return z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, problem);
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(['production', 'development', 'test'], { error: 'must be production, development or test' }).optional(),
    PORT: wholeNumber(1, 65535).optional(),
    HOST: z
      .string()
      .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or IP address to listen on')
      .optional(),
    DATABASE_URL: urlWith(['postgres:', 'postgresql:'], 'must be a PostgreSQL connection address starting with postgres://').optional(),
    DATA_DIR: z.string().optional(),
    SECURE_COOKIES: yesNo.optional(),
    WEB_DIST: z.string().optional(),
    LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).optional(),
    DEMO: yesNo.optional(),
    JOB_INTERVAL_MS: wholeNumber(10, 3_600_000, ' (milliseconds)').optional(),
    SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 3_600_000, ' (milliseconds)').optional(),
    SMTP_URL: urlWith(['smtp:', 'smtps:'], 'must be a mail server address starting with smtp:// or smtps://').optional(),
    MAIL_FROM: z
      .string()
      .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'must be an e-mail address, optionally with a name before it in <>')
      .optional(),
    APP_URL: urlWith(['http:', 'https:'], 'must be the web address people open Thuis at, starting with https:// or http://').optional(),
    THUIS_MAP_TILES_URL: urlWith(['http:', 'https:'], 'must be a tile address starting with https://')
      .refine((value) => ['{z}', '{x}', '{y}'].every((part) => value.includes(part)), 'must contain {z}, {x} and {y}')
      .refine((value) => !value.includes('{s}'), 'must name one tile server: {s} (a choice of servers) is not supported')
      .optional(),
    THUIS_MAP_TILES_ATTRIBUTION: z.string().optional(),
    THUIS_MAP_TILES_MAX_ZOOM: wholeNumber(0, 24).optional(),
  })
  .superRefine((env, ctx) => {
    const production = env.NODE_ENV === 'production';
    if (production && env.DEMO === 'true') {
      ctx.addIssue({ code: 'custom', path: ['DEMO'], message: 'cannot be true in production: demo data never goes into a real database' });
    }
    if (production && env.SMTP_URL && !env.APP_URL) {
      ctx.addIssue({ code: 'custom', path: ['APP_URL'], message: 'is missing: with SMTP_URL set, e-mails link to this address, so production needs it' });
    }
    if (env.THUIS_MAP_TILES_ATTRIBUTION && !env.THUIS_MAP_TILES_URL) {
      ctx.addIssue({ code: 'custom', path: ['THUIS_MAP_TILES_URL'], message: 'is missing: THUIS_MAP_TILES_ATTRIBUTION is set, but no tile address' });
    }
  });

/**
 * Reads and checks the environment. An empty variable counts as not set (as `FOO=` in a compose
 * file). Throws a ConfigError that lists every wrong or missing variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const given: Record<string, string> = {};
  for (const name of Object.keys(examples)) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = new Map<string, ConfigProblem>();
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0]) as Variable;
      if (problems.has(variable)) continue;
      const value = given[variable];
      const shown = value !== undefined && !secret.has(variable) ? ` (it is now "${value}")` : '';
      problems.set(variable, { variable, problem: `${issue.message}${shown}`, example: `${variable}=${examples[variable]}` });
    }
    throw new ConfigError([...problems.values()]);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const port = e.PORT ?? 3000;
  return {
    port,
    host: e.HOST ?? (production ? '0.0.0.0' : 'localhost'),
    production,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR ?? path.join(repoRoot, 'data')),
    secureCookies: e.SECURE_COOKIES ? e.SECURE_COOKIES === 'true' : production,
    webDist: path.resolve(e.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')),
    logLevel: e.LOG_LEVEL ?? 'info',
    // Demo data never in production; elsewhere it fills an empty database unless switched off.
    demo: !production && e.DEMO !== 'false',
    jobIntervalMs: e.JOB_INTERVAL_MS ?? 1000,
    // Below the 10 seconds container platforms wait before they kill a stopping process.
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS ?? 8000,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Thuis <noreply@thuis.local>',
    appUrl: (e.APP_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    mapTiles: e.THUIS_MAP_TILES_URL
      ? { url: e.THUIS_MAP_TILES_URL, attribution: e.THUIS_MAP_TILES_ATTRIBUTION ?? '', maxZoom: e.THUIS_MAP_TILES_MAX_ZOOM ?? 19 }
      : undefined,
  };
}

export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  const heading =
    problems.length === 1
      ? 'Thuis cannot start: 1 setting in the environment is wrong.'
      : `Thuis cannot start: ${problems.length} settings in the environment are wrong.`;
  return [heading, ...problems.map((p) => `  ${p.variable} ${p.problem}. For example: ${p.example}`)].join('\n');
}

/** For the server and the command-line tools: on a wrong configuration, say what is wrong and stop (exit code 1, no stack trace). */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the settings under "Running in production" in README.md.\n`);
    process.exit(1);
  }
}
