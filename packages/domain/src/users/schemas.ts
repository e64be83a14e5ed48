import { z } from 'zod';
import { organisationType } from '../organisations/schemas.js';
import { email, phone, requiredText, uuid } from '../validation/common.js';

export const locales = ['nl', 'en'] as const;
export const locale = z.enum(locales, 'errors.choice');
export type Locale = z.infer<typeof locale>;

/** At least 12 characters: long passphrases beat composition rules (NCSC guidance). */
export const password = z.string().min(12, 'errors.passwordTooShort').max(200, 'errors.tooLong');

const userFields = {
  displayName: requiredText(120),
  email,
  phone: phone.default(''),
  organisationId: uuid,
  isAdmin: z.boolean().default(false),
  canCreateProjects: z.boolean().default(false),
  locale: locale.default('nl'),
};

export const userCreateInput = z.object({ ...userFields, password });
export type UserCreateInput = z.input<typeof userCreateInput>;

/** No password: an administrator resets it with a one-time link, never sets it (issue 10). */
export const userUpdateInput = z.object({
  ...userFields,
  active: z.boolean(),
});
export type UserUpdateInput = z.input<typeof userUpdateInput>;

export const userAccount = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  phone: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  isAdmin: z.boolean(),
  canCreateProjects: z.boolean(),
  locale,
  active: z.boolean(),
});
export type UserAccount = z.infer<typeof userAccount>;

export const userList = z.object({ users: z.array(userAccount) });

/** The signed-in user as the app shell needs it. */
export const currentUser = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationType,
  isAdmin: z.boolean(),
  canCreateProjects: z.boolean(),
  locale,
  /** The password was chosen by an administrator: the session can do nothing but replace it. */
  mustChangePassword: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUser>;

/** How the one-time link of a reset reaches its user: by e-mail, or through the administrator's hands. */
export const passwordResetResponse = z.object({
  delivery: z.enum(['email', 'link']),
  /** Only without SMTP: the link to hand over (it works once). */
  link: z.string().nullable(),
  expiresAt: z.string(),
});
export type PasswordResetResponse = z.infer<typeof passwordResetResponse>;

export const passwordChangeInput = z.object({
  currentPassword: z.string().min(1, 'errors.required').max(200, 'errors.tooLong'),
  newPassword: password,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;

/** Choosing a password with the secret of a one-time link. */
export const passwordResetUseInput = z.object({
  token: z.string().min(1, 'errors.required').max(200, 'errors.tooLong'),
  password,
});
export type PasswordResetUseInput = z.infer<typeof passwordResetUseInput>;

/**
 * Events of an account, in the audit log as resource type `account` with the account's id:
 * visible to the administrator, the account's owner and the leaders of its projects.
 */
export const accountEventActions = ['login', 'login_failed', 'password_reset', 'password_changed', 'deactivated', 'reactivated'] as const;
export type AccountEventAction = (typeof accountEventActions)[number];

export const accountEventQuery = z.object({
  userId: uuid.optional(),
  before: z.string().regex(/^\d+$/, 'errors.invalid').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
