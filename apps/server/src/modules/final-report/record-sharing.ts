import type { Actor, SharingInput } from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { identifyingProblems, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { identifyingChecker } from '../registrations/identifying-checker.js';
import { listFinalReports } from './list-final-reports.js';
import { createFinalReportRepository } from './repository.js';

/** Records where a published version was shared (area table, municipality, welfare platform, other), when, with a note. */
export async function recordSharing(
  ctx: AppContext,
  { actor, projectId, reportId, input }: { actor: Actor; projectId: string; reportId: string; input: SharingInput },
) {
  await ctx.access.require(actor, 'finalReport.work', projectId);
  const repository = createFinalReportRepository(ctx.db);
  const found = await repository.version(projectId, reportId);
  if (!found) throw new NotFoundError();
  if (found.stage !== 'published') throw new ValidationError([{ path: [], key: 'errors.finalReportNotPublished' }], 'errors.finalReportNotPublished');
  const refused = identifyingProblems(['note'], input.note, await identifyingChecker(ctx.db, projectId, { team: false }));
  if (refused.length) throw new ValidationError(refused);
  const id = await repository.insertSharing(reportId, input, actor.userId);
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: 'create',
    resourceType: 'final_report_sharing',
    resourceId: id,
    projectId,
    details: { reportId, venue: input.venue },
  });
  return listFinalReports(ctx, { actor, projectId });
}
