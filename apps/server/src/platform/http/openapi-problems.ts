import { problemResponse } from '@thuis/domain';
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteAccess } from '../access/route-access.js';
import { PROBLEM_CONTENT_TYPE } from './error-handler.js';

type Transform = typeof jsonSchemaTransform;

interface RouteLike {
  method?: string | string[];
  config?: { access?: RouteAccess };
}

const problemSchema = z.toJSONSchema(problemResponse, { target: 'openapi-3.0' });

const descriptions: Record<number, string> = {
  400: 'Invalid input: `fields` names each field or row at fault',
  401: 'Not logged in',
  403: 'Not allowed for this role, or the CSRF token is missing or expired',
  404: 'Not found, or not visible to this caller (the API does not tell which)',
  409: 'Refused by a rule of the project in its current state; `message` says which',
  429: 'Too many attempts; see the Retry-After header',
  500: 'Server error',
};

function problem(status: number) {
  return { description: descriptions[status], content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } };
}

/** The error answers a route can give, from what it declares: its access rule, parameters, body and method. */
export function problemStatusesOf(route: RouteLike, schema: Record<string, unknown>, url: string): number[] {
  const methods = [route.method ?? 'GET'].flat();
  const changes = methods.some((m) => m !== 'GET' && m !== 'HEAD');
  const statuses = new Set<number>([500]);
  if (schema.body || schema.querystring || schema.params || changes) statuses.add(400);
  if (route.config?.access?.kind !== 'public') statuses.add(401).add(403);
  if (changes) statuses.add(403);
  if (schema.params || url.includes(':')) statuses.add(404);
  if (changes) statuses.add(409);
  if (url === '/api/auth/login') statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/**
 * Documents the RFC 9457 problem answers next to each route's own responses in the OpenAPI
 * document; only the document changes, the serializers still know the success schemas only.
 */
export function withProblemResponses(transform: Transform): Transform {
  return (document) => {
    const result = transform(document);
    const schema = result.schema as Record<string, unknown> | undefined;
    if (!schema || schema.hide) return result;
    const route = (document as { route?: RouteLike }).route ?? {};
    const response = { ...((schema.response as Record<string, unknown> | undefined) ?? { 200: { description: 'Default Response' } }) };
    for (const status of problemStatusesOf(route, (document.schema ?? {}) as Record<string, unknown>, document.url)) response[status] ??= problem(status);
    return { ...result, schema: { ...schema, response } as typeof result.schema };
  };
}
