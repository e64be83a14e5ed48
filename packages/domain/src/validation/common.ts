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

export const errorResponse = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

export const okResponse = z.object({ ok: z.literal(true) });
