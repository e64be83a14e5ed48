import type { Actor, Locale } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { ActionPlanPdfInput } from '../../platform/pdf/action-plan-pdf.js';
import { toAmsterdam } from '../visits/local-time.js';
import { listActionPlan } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/** The PDF of a version the caller may see, marked as a draft until it is published. */
export async function downloadPlanPdf(ctx: AppContext, { actor, projectId, versionId, locale }: { actor: Actor; projectId: string; versionId: string; locale: Locale }) {
  // The same versions as the page shows: outside the team only the latest published one.
  const plan = await listActionPlan(ctx, { actor, projectId });
  const version = plan.versions.find((v) => v.id === versionId);
  if (!version) throw new NotFoundError();
  const repository = createActionPlanRepository(ctx.db);
  const t = translatorFor(locale);
  const input: ActionPlanPdfInput = {
    locale,
    projectName: await repository.projectName(projectId),
    title: version.title,
    introduction: version.introduction,
    version: version.version,
    date: formatDutchDate(toAmsterdam(new Date(version.createdAt)).slice(0, 10)),
    draft: version.stage === 'published' ? null : t('actionPlanPdf.draft', { version: version.version, stage: t(`reviewStages.${version.stage}`) }),
    goals: version.goals.map((g) => ({ kind: g.kind, title: g.title, description: g.description, themes: g.themes.map((th) => th.name), outcomes: g.outcomes.map((o) => o.text), activities: [] })),
  };
  const pdf = Buffer.from(await runInWorker<ActionPlanPdfInput, Uint8Array>(new URL('../../platform/pdf/render-action-plan.ts', import.meta.url), input));
  return { pdf, fileName: t('actionPlanPdf.fileName', { version: version.version }) };
}
