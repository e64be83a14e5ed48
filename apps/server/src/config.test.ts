import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: NodeJS.ProcessEnv) {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the configuration', () => {
  it('takes the defaults when nothing is set, and empty variables count as not set', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '  ' });
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      production: false,
      databaseUrl: undefined,
      logLevel: 'info',
      demo: true,
      jobIntervalMs: 1000,
    });
    expect(config.shutdownTimeoutMs).toBe(8000);
    expect(config.appUrl).toBe('http://localhost:3000');
  });

  it('reads a complete production environment', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATABASE_URL: 'postgresql://thuis:secret@db:5432/thuis',
      LOG_LEVEL: 'warn',
      SMTP_URL: 'smtps://user:pw@mail.example.nl:465',
      MAIL_FROM: 'noreply@example.nl',
      APP_URL: 'https://thuis.example.nl/',
      JOB_INTERVAL_MS: '500',
      SHUTDOWN_TIMEOUT_MS: '0',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      production: true,
      secureCookies: true,
      demo: false,
      databaseUrl: 'postgresql://thuis:secret@db:5432/thuis',
      logLevel: 'warn',
      mailFrom: 'noreply@example.nl',
      appUrl: 'https://thuis.example.nl',
      jobIntervalMs: 500,
      shutdownTimeoutMs: 0,
    });
  });

  it('names every wrong variable at once, each with what is wrong and an example of a right value', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://root:hunter2@db/thuis',
      SECURE_COOKIES: 'yes',
      LOG_LEVEL: 'loud',
      JOB_INTERVAL_MS: '-5',
      MAIL_FROM: 'nobody',
      THUIS_MAP_TILES_URL: 'https://{s}.tiles.example.nl/{z}/{x}/{y}.png',
    });
    expect(problems.map((p) => p.variable)).toEqual([
      'PORT',
      'DATABASE_URL',
      'SECURE_COOKIES',
      'LOG_LEVEL',
      'JOB_INTERVAL_MS',
      'MAIL_FROM',
      'THUIS_MAP_TILES_URL',
    ]);
    expect(problems[0]).toEqual({ variable: 'PORT', problem: 'must be a whole number from 1 to 65535 (it is now "abc")', example: 'PORT=3000' });
    expect(problems.find((p) => p.variable === 'SECURE_COOKIES')?.problem).toBe('must be true or false (it is now "yes")');
    expect(problems.find((p) => p.variable === 'LOG_LEVEL')?.example).toBe('LOG_LEVEL=info');
    expect(problems.find((p) => p.variable === 'THUIS_MAP_TILES_URL')?.problem).toContain('{s}');
  });

  it('never repeats the value of an address that may hold a password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://root:hunter2@db/thuis' });
    expect(problem?.problem).toBe('must be a PostgreSQL connection address starting with postgres://');
    expect(new ConfigError(problemsOf({ SMTP_URL: 'http://u:hunter2@mail' })).message).not.toContain('hunter2');
  });

  it('says which variable is missing when another one needs it', () => {
    expect(problemsOf({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example.nl:587' })).toEqual([
      {
        variable: 'APP_URL',
        problem: 'is missing: with SMTP_URL set, e-mails link to this address, so production needs it',
        example: 'APP_URL=https://thuis.example.nl',
      },
    ]);
    expect(problemsOf({ NODE_ENV: 'production', DEMO: 'true' }).map((p) => p.variable)).toEqual(['DEMO']);
    expect(problemsOf({ THUIS_MAP_TILES_ATTRIBUTION: '© Kadaster' }).map((p) => p.variable)).toEqual(['THUIS_MAP_TILES_URL']);
  });

  it('reports as one line per variable under one heading', () => {
    expect(new ConfigError(problemsOf({ PORT: '70000', NODE_ENV: 'prod' })).message).toBe(
      [
        'Thuis cannot start: 2 settings in the environment are wrong.',
        '  NODE_ENV must be production, development or test (it is now "prod"). For example: NODE_ENV=production',
        '  PORT must be a whole number from 1 to 65535 (it is now "70000"). For example: PORT=3000',
      ].join('\n'),
    );
  });

  it('stops the server with exit code 1 and the problems, without a stack trace', () => {
    const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: { PATH: process.env.PATH, PORT: 'abc', LOG_LEVEL: 'loud', DATA_DIR: '/nonexistent/never-created' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Thuis cannot start: 2 settings in the environment are wrong.');
    expect(result.stderr).toContain('  PORT must be a whole number from 1 to 65535 (it is now "abc"). For example: PORT=3000');
    expect(result.stderr).toContain('  LOG_LEVEL must be one of');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
