import path from 'node:path';
import type { FastifyStaticOptions } from '@fastify/static';

/**
 * How the built web app is served. Files under assets/ carry a content hash in their name, so the
 * browser may keep them for a year without asking again; everything else (index.html, sw.js, the
 * manifest, icons) must be revalidated on every use (`no-cache` with an ETag), so a new version
 * reaches users at their next visit. Text files go out as the .br or .gz copy the web build made,
 * when the browser accepts that encoding.
 */
export function webAssetOptions(root: string): FastifyStaticOptions {
  return {
    root,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders(res, file) {
      // Vite's output with a content hash in every name: a changed file gets a new name.
      const hashed = path.relative(root, file).startsWith(`assets${path.sep}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('Vary', 'Accept-Encoding');
    },
  };
}
