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

export const userUpdateInput = z.object({
  ...userFields,
  active: z.boolean(),
  /** Empty keeps the current password. */
  password: z.union([z.literal(''), password]).default(''),
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
});
export type CurrentUser = z.infer<typeof currentUser>;
