import type { Actor, FormDefinition } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { createRegistrationRepository } from './repository.js';

const toVersion = (row: { id: string; version: number; definition: FormDefinition; createdAt: Date }) => ({ ...row, createdAt: row.createdAt.toISOString() });

export async function getRegistrationForm(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.write', projectId);
  return toVersion(await createRegistrationRepository(ctx.db).currentForm(projectId, actor.userId));
}

/** Every change of the form is a new version; registrations keep the version they were made with. */
export async function saveRegistrationForm(ctx: AppContext, { actor, projectId, definition }: { actor: Actor; projectId: string; definition: FormDefinition }) {
  await ctx.access.require(actor, 'registrations.form.manage', projectId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const forms = createRegistrationRepository(trx);
    await forms.currentForm(projectId, actor.userId);
    const formId = await forms.addVersion(projectId, definition, actor.userId);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'registration_form', resourceId: formId, projectId });
    return formId;
  });
  return toVersion((await createRegistrationRepository(ctx.db).formById(projectId, id))!);
}

export async function listFormVersions(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'registrations.read', projectId);
  const forms = createRegistrationRepository(ctx.db);
  await forms.currentForm(projectId, actor.userId);
  return (await forms.versions(projectId)).map((v) => ({ ...v, createdAt: v.createdAt.toISOString() }));
}
