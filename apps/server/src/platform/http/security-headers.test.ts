import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newUser } from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let webDist: string;
beforeAll(async () => {
  // A web build of its own: the page and a file, as Vite writes them.
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(
    path.join(webDist, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(webDist, 'assets', 'index.js'), 'console.log("Thuis");');
  t = await createTestApp({ runJobs: false, webDist });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

function directives(header: string | string[] | number | undefined): Map<string, string[]> {
  return new Map(
    String(header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(response: { headers: Record<string, string | string[] | number | undefined> }) {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  const csp = directives(response.headers['content-security-policy']);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  // No inline or evaluated script, anywhere it could come from.
  for (const name of ['script-src', 'script-src-elem', 'default-src']) for (const value of csp.get(name) ?? []) expect(value).not.toMatch(/unsafe|data:|\*/);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
}

describe('security headers', () => {
  it('are on an API answer', async () => {
    const user = await newUser(t.database.db);
    const response = await (await clientFor(t.app, t.database.db, user.id)).get('/api/projects');
    expect(response.statusCode).toBe(200);
    expectSecurityHeaders(response);
  });

  it('are on the web app page and on its files', async () => {
    for (const url of ['/', '/projects/onbekend/visits', '/assets/index.js']) {
      const response = await new TestClient(t.app).get(url);
      expect(response.statusCode, url).toBe(200);
      expectSecurityHeaders(response);
    }
  });

  it('are on error answers: unknown API route, refused call, malformed body', async () => {
    const anonymous = new TestClient(t.app);
    const answers = [
      await anonymous.get('/api/bestaat-niet'),
      await anonymous.get('/api/projects'),
      await anonymous.post('/api/auth/login', { email: 'geen e-mail' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([404, 401, 400]);
    for (const answer of answers) expectSecurityHeaders(answer);
  });

  it('are on a calendar feed', async () => {
    const user = await newUser(t.database.db);
    const client = await clientFor(t.app, t.database.db, user.id);
    const feed = (await client.post('/api/me/calendar-feed')).json().url as string;
    const response = await new TestClient(t.app).get(feed);
    expect(response.statusCode).toBe(200);
    expectSecurityHeaders(response);
  });

  it('give the API reference a policy of its own that still refuses framing and inline scripts', async () => {
    const response = await new TestClient(t.app).get('/api/docs');
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(response.body).not.toMatch(/<script>(?!\s*<\/script>)/);
    // The web app's own answers keep the strict policy.
    expectSecurityHeaders(await new TestClient(t.app).get('/api/health'));
  });
});
