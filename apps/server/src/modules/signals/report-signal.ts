import { contractorRoles, findIdentifyingDetails, type Actor, type SignalInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createRegistrationRepository } from '../registrations/repository.js';

/**
 * Records a signal for the social team, from a visit or noticed anywhere in the neighbourhood.
 * Contractor staff hand signals over and get a receipt only; what follows stays with the team.
 */
export async function reportSignal(ctx: AppContext, { actor, projectId, input }: { actor: Actor; projectId: string; input: SignalInput }) {
  const role = await ctx.access.require(actor, 'signals.report', projectId);
  const registrations = createRegistrationRepository(ctx.db);
  const found = findIdentifyingDetails(input.description, await registrations.identifyingContext(projectId));
  if (found.length) throw new ValidationError([{ path: ['description'], key: 'errors.identifying', params: { found: found.map((f) => `"${f.match}"`).join(', ') } }]);
  let householdKey: string | null = null;
  if (input.visitId) {
    householdKey = (await registrations.householdKeyForVisit(projectId, input.visitId)) ?? null;
    if (!householdKey) throw new ValidationError([{ path: ['visitId'], key: 'errors.invalid' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('signals')
      .values({
        project_id: projectId,
        category: input.category,
        subject: input.subject,
        description: input.description,
        household_key: householdKey,
        reported_by: actor.userId,
        reported_by_contractor: contractorRoles.includes(role!),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'signal', resourceId: row.id, projectId, details: { category: input.category, subject: input.subject } });
    return { id: row.id, received: true as const };
  });
}

/** The project's signals, for the social team. */
export async function listSignals(ctx: AppContext, { actor, projectId }: { actor: Actor; projectId: string }) {
  await ctx.access.require(actor, 'signals.read', projectId);
  const rows = await ctx.db
    .selectFrom('signals as s')
    .leftJoin('users as u', 'u.id', 's.reported_by')
    .where('s.project_id', '=', projectId)
    .select(['s.id', 's.category', 's.subject', 's.description', 's.household_key as householdKey', 'u.display_name as reportedByName', 's.reported_by_contractor as handedOverByContractor', 's.created_at as createdAt'])
    .orderBy('s.created_at', 'desc')
    .execute();
  return rows.map(({ householdKey, ...r }) => ({ ...r, fromVisit: householdKey !== null, reportedByName: r.reportedByName ?? '', createdAt: r.createdAt.toISOString() }));
}
