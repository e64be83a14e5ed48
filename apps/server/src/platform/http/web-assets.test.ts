import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const script = `console.log(${JSON.stringify('Thuis '.repeat(500))});`;
const page = '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';

let t: TestApp;
let webDist: string;
beforeAll(async () => {
  // A web build of its own, as Vite and the precompress step write it: a hashed script with its
  // .br and .gz copies, a hashed file without copies, the page and the service worker.
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-web-assets-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), page);
  fs.writeFileSync(path.join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(webDist, 'assets', 'index-Ab12Cd34.js'), script);
  fs.writeFileSync(path.join(webDist, 'assets', 'index-Ab12Cd34.js.br'), zlib.brotliCompressSync(script));
  fs.writeFileSync(path.join(webDist, 'assets', 'index-Ab12Cd34.js.gz'), zlib.gzipSync(script));
  fs.writeFileSync(path.join(webDist, 'assets', 'logo-Ef56Gh78.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  t = await createTestApp({ runJobs: false, webDist });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('web assets', () => {
  it('sends a hashed script brotli-compressed, cached for a year and immutable', async () => {
    const response = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(script);
    expect(response.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it('sends gzip to a browser without brotli, and the file as it is to one that accepts neither', async () => {
    const gzipped = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzipped.rawPayload).toString()).toBe(script);
    expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('caches a hashed file without compressed copies too', async () => {
    const response = await get('/assets/logo-Ef56Gh78.png', 'br');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes the browser revalidate the page, on every route of the web app, and the service worker', async () => {
    for (const url of ['/', '/index.html', '/projects/onbekend/visits']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(page);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
    const worker = await get('/sw.js', 'br');
    expect(worker.headers['cache-control']).toBe('no-cache');
  });

  it('keeps API answers out of the static caching', async () => {
    const response = await get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['cache-control'] ?? '')).not.toMatch(/immutable|max-age=31536000/);
  });
});
