import { z } from 'zod';
import { currentUser, locale } from '../users/schemas.js';
import { email } from '../validation/common.js';

export const loginInput = z.object({
  email,
  password: z.string().min(1, 'errors.required').max(200, 'errors.tooLong'),
});
export type LoginInput = z.infer<typeof loginInput>;

export const sessionResponse = z.object({
  user: currentUser.nullable(),
  csrfToken: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const localeInput = z.object({ locale });
