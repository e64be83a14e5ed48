import { checkRegistrationContent, openTextCategories, type Actor, type Registration, type RegistrationContent } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, ValidationError, type FieldProblem } from '../../platform/http/errors.js';
import { identifyingChecker } from './identifying-checker.js';
import { createRegistrationRepository } from './repository.js';

/** The free-text parts of a registration, by path, that must pass the identifying-details check. */
function freeTexts(content: RegistrationContent): [string[], string][] {
  return [
    ...openTextCategories.map((c): [string[], string] => [['content', 'openText', c], content.openText[c] ?? '']),
    [['content', 'talents'], content.talents],
    [['content', 'summary'], content.summary],
  ];
}

/**
 * Stores a finished registration once, however often the tablet sends it (the client id is the
 * key). Free text that could identify someone is refused with what was found, so the writer can
 * rephrase; the stored row holds the household's pseudonym only.
 */
export async function saveRegistration(
  ctx: AppContext,
  {
    actor,
    projectId,
    clientId,
    formVersionId,
    visitId,
    content,
  }: { actor: Actor; projectId: string; clientId: string; formVersionId: string; visitId: string; content: RegistrationContent },
): Promise<Registration> {
  await ctx.access.require(actor, 'registrations.write', projectId);
  const registrations = createRegistrationRepository(ctx.db);
  // Another project's registration with this id is not seen: the id is simply new here.
  const existing = await registrations.byClientId(projectId, clientId);
  if (existing) return toRegistration(existing);
  const form = await registrations.formById(projectId, formVersionId);
  const problems: FieldProblem[] = [];
  if (!form) problems.push({ path: ['formVersionId'], key: 'errors.invalid' });
  if (!(await registrations.visitExists(projectId, visitId))) problems.push({ path: ['visitId'], key: 'errors.invalid' });
  if (form) {
    const labels = new Map(form.definition.questions.map((q) => [q.key, q.label]));
    for (const p of checkRegistrationContent(form.definition, content)) {
      const label = p.path[0] === 'answers' ? labels.get(String(p.path[1])) : undefined;
      problems.push({ ...p, path: ['content', ...p.path], ...(label ? { label } : {}) });
    }
  }
  const context = await identifyingChecker(ctx.db, projectId);
  for (const [path, text] of freeTexts(content)) {
    problems.push(...identifyingProblems(path, text, context));
  }
  if (problems.length) throw new ValidationError(problems);

  const household = await registrations.householdOfVisit(projectId, visitId);
  if (!household) throw new ValidationError([{ path: ['visitId'], key: 'errors.noHouseholdAtVisit' }]);
  await ctx.db.transaction().execute(async (trx) => {
    const inTransaction = createRegistrationRepository(trx);
    if (await inTransaction.insertOnce({ projectId, formId: form!.id, clientId, ...household, content, userId: actor.userId })) {
      await inTransaction.markVisitRegistered(visitId);
      // The log names the registration, not the visit: the two must not be linked anywhere.
      await recordAudit(trx, { actorUserId: actor.userId, action: 'create', resourceType: 'registration', resourceId: clientId, projectId });
    }
  });
  return toRegistration((await registrations.byClientId(projectId, clientId))!);
}

function toRegistration(row: {
  id: string;
  clientId: string;
  formVersion: number;
  householdKey: string;
  content: RegistrationContent;
  createdAt: Date;
}): Registration {
  return {
    id: row.id,
    clientId: row.clientId,
    formVersion: row.formVersion,
    householdKey: row.householdKey,
    content: row.content,
    createdAt: row.createdAt.toISOString(),
  };
}
