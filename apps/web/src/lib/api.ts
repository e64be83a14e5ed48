import type { z } from 'zod';
import { sessionResponse } from '@thuis/domain';

/** A field message from a 400 answer: `path` like `name` or `partners.0.organisationId`, message already translated. */
export interface ApiFieldError {
  path: string;
  message: string;
}

/** Every failed call ends up as an ApiError; `message` is shown to the user as is. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: ApiFieldError[];

  constructor(status: number, code: string, message: string, fields: ApiFieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ApiConfig {
  /** The language the server should translate its messages into. */
  language: () => string;
  /** Translated fallback text for an error code when the server sent no message (e.g. `errors.network`). */
  fallbackMessage: (key: string) => string;
  /** Called when the server answers 401 `unauthenticated` to anything but a log-in. */
  onUnauthenticated: () => void;
}

let config: ApiConfig = {
  language: () => 'nl',
  fallbackMessage: (key) => key,
  onUnauthenticated: () => {},
};
let csrfToken: string | null = null;

export function configureApi(next: Partial<ApiConfig>): void {
  config = { ...config, ...next };
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  schema?: z.ZodType<T>;
  /** Do not treat 401 as "session ended" (the log-in form shows the message itself). */
  expectUnauthenticated?: boolean;
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': config.language() };
  // A file upload (FormData) gets its multipart content type with boundary from the browser.
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    if (csrfToken === null) await refreshCsrfToken();
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  }
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', config.fallbackMessage('errors.network'));
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  const body = (payload ?? {}) as { error?: unknown; message?: unknown; fields?: unknown };
  const code = typeof body.error === 'string' ? body.error : status >= 500 ? 'server' : 'unknown';
  const fields = Array.isArray(body.fields)
    ? body.fields.filter((f): f is ApiFieldError => typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string')
    : [];
  let message = typeof body.message === 'string' && body.message ? body.message : '';
  if (!message) {
    const fallbackKey: Record<string, string> = {
      not_found: 'errors.notFound',
      unauthenticated: 'errors.unauthenticated',
      csrf: 'errors.csrf',
      validation: 'errors.validation',
    };
    message = config.fallbackMessage(fallbackKey[code] ?? (status === 404 ? 'errors.notFound' : 'errors.server'));
  }
  return new ApiError(status, code, message, fields);
}

/** Fetches a fresh session (and with it a CSRF token). */
export async function refreshCsrfToken(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/auth/session', {
      headers: { Accept: 'application/json', 'Accept-Language': config.language() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', config.fallbackMessage('errors.network'));
  }
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  csrfToken = sessionResponse.parse(payload).csrfToken;
}

/**
 * One JSON call to the API: sends the language and the CSRF token, retries once on an
 * expired token, turns every failure into an ApiError and checks the answer against the shared schema.
 */
export async function api<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  let response = await send(method, path, options.body);
  let payload = await readJson(response);
  if (response.status === 403 && (payload as { error?: string } | null)?.error === 'csrf' && method !== 'GET') {
    await refreshCsrfToken();
    response = await send(method, path, options.body);
    payload = await readJson(response);
  }
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    if (response.status === 401 && !options.expectUnauthenticated) config.onUnauthenticated();
    throw error;
  }
  return options.schema ? options.schema.parse(payload) : (payload as T);
}

/**
 * A call that answers with a file (e.g. a PDF): same headers, CSRF retry and errors as `api`,
 * but gives the body as a Blob.
 */
export async function apiBlob(path: string, options: { method?: Method; body?: unknown } = {}): Promise<Blob> {
  const method = options.method ?? 'GET';
  let response = await send(method, path, options.body);
  if (response.status === 403 && method !== 'GET') {
    const payload = await readJson(response.clone());
    if ((payload as { error?: string } | null)?.error === 'csrf') {
      await refreshCsrfToken();
      response = await send(method, path, options.body);
    }
  }
  if (!response.ok) {
    const error = toApiError(response.status, await readJson(response));
    if (response.status === 401) config.onUnauthenticated();
    throw error;
  }
  return response.blob();
}

/** Saves a blob as a download with the given file name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
