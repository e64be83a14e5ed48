import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { describeIssues, fieldLabel, localisedText, type ErrorResponse, type ProblemResponse } from '@thuis/domain';
import type { z } from 'zod';
import { requestLocale, translatorFor, type Translate } from '../i18n/translate.js';
import {
  ConflictError,
  FileTooLargeError,
  NotFoundError,
  PasswordChangeRequiredError,
  ThrottledError,
  UnauthenticatedError,
  ValidationError,
} from './errors.js';

function t(request: FastifyRequest) {
  return translatorFor(requestLocale(request.headers['accept-language'], request.actorLocale));
}

/** Parameters given as `{ i18nKey }` (a role, an organisation type) are shown in the reader's language. */
function translateParams(params: Record<string, unknown> | undefined, translate: (key: string) => string) {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      value && typeof value === 'object' && 'i18nKey' in value ? translate(String((value as { i18nKey: string }).i18nKey)) : value,
    ]),
  );
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The RFC 9457 problem for an error answer: the standard members around the API's own three. */
export function problemFor(status: number, body: ErrorResponse, translate: Translate): ProblemResponse {
  return {
    type: `urn:thuis:problem:${body.error}`,
    title: translate(`problemTitles.${body.error}`),
    status,
    detail: body.message,
    ...body,
  };
}

function send(request: FastifyRequest, reply: FastifyReply, status: number, body: ErrorResponse) {
  return reply
    .code(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemFor(status, body, t(request)));
}

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const translate = t(request);
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Malformed path parameters must not tell whether a resource exists.
      if (error.validationContext === 'params') return send(request, reply, 404, { error: 'not_found', message: translate('errors.notFound') });
      const issues = error.validation.map(
        (v) =>
          ({
            ...(v.params as object),
            code: v.keyword,
            message: v.message,
            path: v.instancePath
              .split('/')
              .filter(Boolean)
              .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
          }) as unknown as z.core.$ZodIssue,
      );
      return send(request, reply, 400, { error: 'validation', message: translate('errors.validation'), fields: describeIssues(issues, translate) });
    }
    if (error instanceof ValidationError) {
      const locale = requestLocale(request.headers['accept-language'], request.actorLocale);
      return send(request, reply, 400, {
        error: 'validation',
        // A summary that repeats a problem's key (a refused import) takes that problem's parameters.
        message: translate(error.summaryKey, translateParams(error.problems.find((p) => p.key === error.summaryKey)?.params, translate)),
        fields: error.problems.map((p) => ({
          path: p.path.join('.'),
          message: `${p.label ? localisedText(p.label, locale) : fieldLabel(p.path, translate)}: ${translate(p.key, translateParams(p.params, translate))}`,
        })),
      });
    }
    if (error instanceof FileTooLargeError) {
      const message = `${translate('fields.file')}: ${translate('errors.fileTooLarge', { limit: `${Math.floor(error.limitBytes / 2 ** 20)} MB` })}`;
      return send(request, reply, 413, { error: 'too_large', message, fields: [{ path: 'file', message }] });
    }
    if (error instanceof NotFoundError) return send(request, reply, 404, { error: 'not_found', message: translate('errors.notFound') });
    if (error instanceof UnauthenticatedError) return send(request, reply, 401, { error: 'unauthenticated', message: translate('errors.unauthenticated') });
    if (error instanceof PasswordChangeRequiredError)
      return send(request, reply, 403, { error: 'password_change_required', message: translate('errors.passwordChangeRequired') });
    if (error instanceof ConflictError) return send(request, reply, 409, { error: 'conflict', message: translate(error.key, error.params) });
    if (error instanceof ThrottledError) {
      reply.header('retry-after', String(error.retryAfterSeconds));
      return send(request, reply, 429, {
        error: 'throttled',
        message: translate('errors.loginThrottled', { minutes: Math.ceil(error.retryAfterSeconds / 60) }),
      });
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET')
      return send(request, reply, 403, { error: 'csrf', message: translate('errors.csrf') });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.statusCode === 400)
      return send(request, reply, 400, {
        error: 'validation',
        message: translate('errors.validation'),
        fields: [{ path: '', message: `${translate('fields.request')}: ${translate('errors.invalid')}` }],
      });
    if (error.statusCode === 413) return send(request, reply, 413, { error: 'too_large', message: translate('errors.requestTooLarge') });
    if (isResponseSerializationError(error)) request.log.error({ issues: error.cause.issues }, 'response does not match its schema');
    else request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, 500, { error: 'server', message: translate('errors.server') });
  });
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(request, reply, 404, { error: 'not_found', message: t(request)('errors.notFound') });
}
