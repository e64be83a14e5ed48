// `docker build` is not available on these machines, so this test runs the Dockerfile's runtime stage
// by hand in a clean folder: the COPY lines from the built repository (the build stage's /app), its
// `npm ci --omit=dev`, the data volume, then its CMD as a server on the embedded database, its
// HEALTHCHECK command and a log-in of an administrator made with the bundled CLI.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  name: string;
  steps: Instruction[];
}

/** The Dockerfile's stages and instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  const stages: Stage[] = [];
  for (const line of lines.map((l) => l.trim())) {
    if (!line || line.startsWith('#')) continue;
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      const [, from = '', name = ''] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args) ?? [];
      stages.push({ from, name, steps: [] });
    } else {
      stages.at(-1)?.steps.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ').trim() });
    }
  }
  return stages;
}

/** `KEY=value KEY2=value2` of an ENV line. */
function envOf(args: string): Record<string, string> {
  return Object.fromEntries([...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, key, value]) => [key!, value!.replace(/^"|"$/g, '')]));
}

/** The JSON-array (exec) form of CMD / HEALTHCHECK CMD. */
function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  return JSON.parse(json) as string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
const stages = parseDockerfile(dockerfile);
const build = stages.find((s) => s.name === 'build')!;
const runtime = stages.at(-1)!;
const step = (keyword: string) => runtime.steps.filter((s) => s.keyword === keyword);

describe('Dockerfile', () => {
  it('builds in one stage and runs the built output on node:20-slim as a user that is not root, with a health check', () => {
    const engines = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).engines.node as string;
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(build.steps.some((s) => s.keyword === 'RUN' && /\bnpm ci\b/.test(s.args))).toBe(true);
    expect(build.steps.some((s) => s.keyword === 'RUN' && /\bnpm run build\b/.test(s.args))).toBe(true);
    expect(runtime.from).toBe('node:20-slim');
    expect(engines).toMatch(/^>=20\./);
    expect(fs.readFileSync(path.join(repoRoot, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
    expect(step('USER').map((s) => s.args)).toEqual(['node']);
    expect(step('HEALTHCHECK')[0]?.args).toContain('/api/health');
    expect(step('COPY').every((s) => s.args.startsWith('--from=build '))).toBe(true);
    expect(step('CMD')).toHaveLength(1);
  });
});

// The container runs on whatever database it is given; this run uses the embedded one, so the
// PostgreSQL run of the integration tests (THUIS_TEST_ENGINE=postgres) does not repeat it.
describe.skipIf(process.env.THUIS_TEST_ENGINE === 'postgres')('the runtime stage, run in a clean folder', () => {
  let app: string; // the image's WORKDIR
  let dataDir: string;
  let server: ChildProcess | undefined;
  let port: number;
  let env: NodeJS.ProcessEnv;
  let serverLog = '';

  beforeAll(async () => {
    // The build stage's output: the server bundle is quick to make; the web app was built at install.
    run('npm', ['run', 'build', '--workspace', 'apps/server'], { cwd: repoRoot, env: process.env });
    if (!fs.existsSync(path.join(repoRoot, 'apps/web/dist/index.html')))
      run('npm', ['run', 'build', '--workspace', 'apps/web'], { cwd: repoRoot, env: process.env });

    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-docker-'));
    app = path.join(root, 'app');
    dataDir = path.join(root, 'data');
    fs.mkdirSync(app);
    port = await freePort();
    // A clean environment: only what a container has, plus what npm needs to find its cache here.
    env = { PATH: process.env.PATH, HOME: process.env.HOME, npm_config_cache: process.env.npm_config_cache };
    let workdir = '/';
    for (const { keyword, args } of runtime.steps) {
      if (keyword === 'WORKDIR') workdir = args;
      else if (keyword === 'ENV') Object.assign(env, envOf(args));
      else if (keyword === 'COPY') copyStep(args, workdir);
      else if (keyword === 'RUN') runStep(args);
    }
    expect(workdir).toBe('/app');
    // The container's data volume and port, here.
    Object.assign(env, { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' });
  }, 240_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server!.once('exit', resolve));
    }
    if (app) fs.rmSync(path.dirname(app), { recursive: true, force: true });
  });

  /** COPY --from=build /app/<source>… <destination>: from the repository, which is the build stage's /app. */
  function copyStep(args: string, workdir: string) {
    const parts = args.split(' ').filter((p) => !p.startsWith('--'));
    const destination = parts.pop()!;
    const target = path.join(app, path.relative('/app', path.resolve(workdir, destination)));
    for (const source of parts) {
      expect(source.startsWith('/app/'), source).toBe(true);
      const from = path.join(repoRoot, source.slice('/app/'.length));
      if (fs.statSync(from).isDirectory()) fs.cpSync(from, target, { recursive: true });
      else fs.cpSync(from, destination.endsWith('/') ? path.join(target, path.basename(from)) : target);
    }
  }

  /** RUN: npm as written (offline from the machine's cache when it can); the data volume becomes dataDir. */
  function runStep(args: string) {
    const command = args.replace(/--mount=\S+\s*/g, '');
    if (command === 'mkdir -p /data && chown node:node /data') return;
    const [tool, ...rest] = command.split(' ');
    if (tool !== 'npm' || rest[0] !== 'ci') throw new Error(`The test does not know how to run "RUN ${args}": teach it (dockerfile.test.ts).`);
    run('npm', [...rest, '--prefer-offline'], { cwd: app, env });
  }

  it('installs the production dependencies of the server only', () => {
    const installed = (name: string) => fs.existsSync(path.join(app, 'node_modules', name, 'package.json'));
    for (const name of ['fastify', '@electric-sql/pglite', 'pg', 'piscina', '@node-rs/argon2', 'zod']) expect(installed(name), name).toBe(true);
    for (const name of ['tsx', 'esbuild', 'vite', 'vitest', 'react', 'playwright-core']) expect(installed(name), name).toBe(false);
    expect(fs.existsSync(path.join(app, 'apps/server/src'))).toBe(false);
  });

  it('runs a worker-thread task bundle, and finds the PDF fonts, from the production install', () => {
    // What runInWorker (platform/jobs/worker.ts) does in the built server: the pooled entry loads a task bundle.
    const script = `
      import { createRequire } from 'node:module';
      import { MessageChannel } from 'node:worker_threads';
      import { pathToFileURL } from 'node:url';
      import { Piscina } from 'piscina';
      const dist = pathToFileURL(process.cwd() + '/apps/server/dist/');
      const pool = new Piscina({ filename: new URL('worker-entry.mjs', dist).href });
      const { port2 } = new MessageChannel();
      const input = { kind: 'csv', bytes: new TextEncoder().encode('straat;huisnummer\\nLankforst;12\\n'), chosen: {} };
      const result = await pool.run({ module: new URL('task-read-upload.js', dist).href, input, port: port2 }, { transferList: [port2] });
      await pool.destroy();
      // document.ts resolves its fonts from the bundle's place.
      const font = createRequire(new URL('main.js', dist)).resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
      console.log(JSON.stringify({ result, font }));`;
    const { result, font } = JSON.parse(run('node', ['--input-type=module', '-e', script], { cwd: app, env })) as { result: unknown; font: string };
    expect(result).toEqual({
      sheet: { headers: ['straat', 'huisnummer'], rows: [['Lankforst', '12']], format: { encoding: 'utf-8', delimiter: 'semicolon' } },
    });
    expect(fs.existsSync(font) && font.startsWith(app)).toBe(true);
  });

  it('creates the first administrator with the bundled CLI', () => {
    const output = run(
      'node',
      [
        'apps/server/dist/create-admin.js',
        '--email',
        'beheer@corporatie.nl',
        '--name',
        'Beheer',
        '--organisation',
        'Woningcorporatie',
        '--type',
        'corporation',
      ],
      { cwd: app, env: { ...env, LOG_LEVEL: 'warn', THUIS_ADMIN_PASSWORD: 'een lange wachtzin voor de test' } },
    );
    expect(output).toContain('beheer@corporatie.nl');
  });

  it('starts with CMD, answers /api/health, passes HEALTHCHECK and serves the web app', async () => {
    const [command, ...args] = execForm(step('CMD')[0]!.args);
    server = spawn(command!, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (chunk) => (serverLog += chunk));
    server.stderr!.on('data', (chunk) => (serverLog += chunk));
    const started = Date.now();
    let health: Response | undefined;
    while (!health?.ok) {
      if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode}):\n${serverLog}`);
      if (Date.now() - started > 60_000) throw new Error(`no health answer within 60 s:\n${serverLog}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
    }
    expect(await health.json()).toEqual({ status: 'ok', database: 'reachable', engine: 'pglite' });

    const [checkCommand, ...checkArgs] = execForm(step('HEALTHCHECK')[0]!.args);
    expect(spawnSync(checkCommand!, checkArgs, { cwd: app, env, timeout: 10_000 }).status).toBe(0);

    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`http://127.0.0.1:${port}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  }, 70_000);

  it('lets the administrator log in (sessions, cookies and password hashing from the production install)', async () => {
    const base = `http://127.0.0.1:${port}`;
    const session = await fetch(`${base}/api/auth/session`);
    const cookies = session.headers.getSetCookie().map((c) => c.split(';')[0]);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrfToken },
      body: JSON.stringify({ email: 'beheer@corporatie.nl', password: 'een lange wachtzin voor de test' }),
    });
    expect(login.status, await login.clone().text()).toBe(200);
    expect(login.headers.getSetCookie().some((c) => /secure/i.test(c) && /httponly/i.test(c))).toBe(true);
  });
});
