import { defaultHourBudget, type Actor, type HourBudgetLine } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { ValidationError } from '../../platform/http/errors.js';
import { createHoursRepository } from './repository.js';

/** Saves the six lines of the hour model; each line keeps its phase, only mode and hours change. */
export async function saveHourBudget(ctx: AppContext, { actor, projectId, lines }: { actor: Actor; projectId: string; lines: HourBudgetLine[] }) {
  await ctx.access.require(actor, 'hours.manage', projectId);
  const defaults = defaultHourBudget();
  const keys = new Set(lines.map((l) => l.key));
  const problems = lines.flatMap((line, i) => {
    const expected = defaults.find((d) => d.key === line.key);
    return expected && expected.phase === line.phase ? [] : [{ path: ['lines', i, 'phase'], key: 'errors.invalid' }];
  });
  if (keys.size !== defaults.length) problems.push({ path: ['lines'], key: 'errors.duplicate' });
  if (problems.length) throw new ValidationError(problems);
  await ctx.db.transaction().execute(async (trx) => {
    await createHoursRepository(trx).saveBudget(projectId, lines);
    await recordAudit(trx, { actorUserId: actor.userId, action: 'update', resourceType: 'hour_budget', resourceId: projectId, projectId, details: { lines } });
  });
}
