import { z } from 'zod';

/** Messages are i18n keys (errors.*); the API and the web translate them with the field's label. */
export const requiredText = (max: number) => z.string().trim().min(1, 'errors.required').max(max, 'errors.tooLong');
export const optionalText = (max: number) => z.string().trim().max(max, 'errors.tooLong');

/** A calendar date as `YYYY-MM-DD` that really exists (no 31 February). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'errors.date')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'errors.date');

export const optionalIsoDate = isoDate.nullable();

export const uuid = z.uuid('errors.invalid');
export const idParams = z.object({ id: uuid });

export const email = z.string().trim().toLowerCase().max(254, 'errors.tooLong').pipe(z.email('errors.email'));

/** An e-mail address or nothing. */
export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'errors.tooLong')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'errors.email');

/** Dutch phone numbers as people type them: digits, spaces, dashes, an optional leading +. */
export const phone = z
  .string()
  .trim()
  .max(20, 'errors.tooLong')
  .regex(/^(\+?[0-9][0-9 -]{7,18})?$/, 'errors.phone');

/**
 * Every error answer is an RFC 9457 problem (`application/problem+json`): `type`, `title`, `status`
 * and `detail` as the RFC names them; `error`, `message` and `fields` are this API's extension
 * members (a stable code, the translated sentence to show, and the fields or rows at fault), kept
 * so clients read one shape whatever the problem.
 */
export const problemResponse = z.object({
  type: z.string().describe('URI reference naming the kind of problem, e.g. urn:thuis:problem:validation'),
  title: z.string().describe('Short, translated summary of the kind of problem'),
  status: z.number().int(),
  detail: z.string().describe('Translated explanation of this occurrence (same as message)'),
  error: z.string().describe('Stable code of the kind of problem'),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ProblemResponse = z.infer<typeof problemResponse>;
/** What a use case's error becomes before the HTTP layer adds the RFC 9457 members. */
export type ErrorResponse = Pick<ProblemResponse, 'error' | 'message' | 'fields'>;

export const okResponse = z.object({ ok: z.literal(true) });
