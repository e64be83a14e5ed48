import Fastify, { type FastifyInstance } from 'fastify';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The web app's policy: its own scripts, styles, images and API only; no inline script, no plugins,
 * no framing. Style attributes are allowed (`style-src-attr`): ECharts writes its tooltips and SVG
 * text with them; `<style>` elements and inline scripts stay refused.
 */
export const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'worker-src': ["'self'"],
};

/** Swagger UI (the API reference) sets styles in `<style>` elements and shows data: images: its pages only. */
export const apiDocsContentSecurityPolicy =
  "default-src 'self'; base-uri 'self'; connect-src 'self'; font-src 'self' data:; form-action 'self'; frame-ancestors 'none'; " +
  "img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'";

/** The origin of a configured map tile server: the one outside source of images the app may show. */
export function tileOrigin(tileUrl: string | undefined): string | undefined {
  if (!tileUrl) return undefined;
  try {
    // Placeholders sit in the path ({z}/{x}/{y}); one server, no {s} subdomains, so the origin is fixed.
    return new URL(tileUrl.replace(/\{[a-z]+\}/g, '0')).origin;
  } catch {
    return undefined;
  }
}

/**
 * The headers helmet sets, computed once. @fastify/helmet builds helmet's middleware anew for every
 * request (parsing the policy each time): a measurable share of a small API answer.
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<[string, string][]> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, options);
  probe.get('/', (_request, reply) => reply.raw.getHeaders());
  const response = await probe.inject('/');
  await probe.close();
  return Object.entries(response.json<Record<string, string>>());
}

/** Security headers on every answer: API, web app, files, PDFs, calendar feeds and errors. */
export async function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean; tileUrl?: string | undefined }) {
  const tiles = tileOrigin(options.tileUrl);
  const directives = tiles ? { ...contentSecurityPolicy, 'img-src': [...contentSecurityPolicy['img-src'], tiles] } : contentSecurityPolicy;
  const headers = await helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Nothing cross-origin is embedded; COEP would only block the browser's own PDF viewer.
    crossOriginEmbedderPolicy: false,
    // HSTS only where Thuis is served over HTTPS (it would lock a plain-HTTP test server out).
    strictTransportSecurity: options.https ? { maxAge: 31536000, includeSubDomains: true } : false,
  });
  // On the raw answer, as helmet does: kept on error answers and files too.
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
}
