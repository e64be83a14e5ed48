import { planWarnings, type Actor } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import type { Translate } from '../../platform/i18n/translate.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import { createGroupingRepository } from '../groupings/repository.js';
import { createProjectRepository } from '../projects/repository.js';

/** The five phases of the approach next to the building phases, with where they are not aligned. */
export async function getPlan(ctx: AppContext, { actor, projectId, t }: { actor: Actor; projectId: string; t: Translate }) {
  await ctx.access.require(actor, 'plan.read', projectId);
  const phases = (await createProjectRepository(ctx.db).phasesOf([projectId])).map(({ projectId: _p, ...phase }) => phase);
  const buildingPhases = await createGroupingRepository(ctx.db).buildingPhases(projectId);
  const warnings = planWarnings(phases, buildingPhases).map((w) => ({
    kind: w.kind,
    ...('buildingPhaseId' in w ? { buildingPhaseId: w.buildingPhaseId } : {}),
    message: t(`planWarnings.${w.kind}`, {
      ...('name' in w ? { name: w.name } : {}),
      ...('visitStart' in w ? { visitStart: formatDutchDate(w.visitStart), latestVisitStart: formatDutchDate(w.latestVisitStart) } : {}),
    }),
  }));
  return { phases, buildingPhases, warnings };
}
