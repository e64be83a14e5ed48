import type { Actor, Locale, PlanActivity } from '@thuis/domain';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDutchDate } from '../../platform/i18n/format.js';
import { translatorFor, type Translate } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { ActionPlanPdfInput } from '../../platform/pdf/action-plan-pdf.js';
import { toAmsterdam } from '../visits/local-time.js';
import { listActionPlan } from './list-action-plan.js';
import { createActionPlanRepository } from './repository.js';

/** The PDF of a version the caller may see, marked as a draft until it is published. */
export async function downloadPlanPdf(
  ctx: AppContext,
  { actor, projectId, versionId, locale }: { actor: Actor; projectId: string; versionId: string; locale: Locale },
) {
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
    goals: version.goals.map((g) => ({
      kind: g.kind,
      title: g.title,
      description: g.description,
      themes: g.themes.map((th) => th.name),
      outcomes: g.outcomes.map((o) => o.text),
      activities: g.activities.map((a) => ({ title: a.title, lines: activityLines(a, t, locale) })),
    })),
  };
  const pdf = Buffer.from(await runInWorker<ActionPlanPdfInput, Uint8Array>(new URL('../../platform/pdf/render-action-plan.ts', import.meta.url), input));
  return { pdf, fileName: t('actionPlanPdf.fileName', { version: version.version }) };
}

/** What the plan says of an activity, one line each: kind and status, place, when, partners, budget, reach, whether it lasts. */
export function activityLines(a: PlanActivity, t: Translate, locale: Locale): string[] {
  const money = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' });
  const number = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const when = [
    a.startsOn ? formatDutchDate(a.startsOn) : '',
    a.endsOn && a.endsOn !== a.startsOn ? `– ${formatDutchDate(a.endsOn)}` : '',
    t(`actionPlanPdf.recurrences.${a.recurrence}`),
  ]
    .filter(Boolean)
    .join(' ');
  const budget = [
    a.budgetEuros !== null ? money.format(a.budgetEuros) : '',
    a.budgetHours !== null ? t('actionPlanPdf.hours', { hours: number.format(a.budgetHours) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    t('actionPlanPdf.kindAndStatus', { kind: t(`actionPlanPdf.activityKinds.${a.kind}`), status: t(`actionPlanPdf.activityStatuses.${a.status}`) }),
  ];
  if (a.description) lines.push(a.description);
  if (a.place) lines.push(t('actionPlanPdf.where', { place: a.place }));
  lines.push(t('actionPlanPdf.when', { when }));
  if (a.partners.length) lines.push(t('actionPlanPdf.partners', { partners: a.partners.join(', ') }));
  if (budget) lines.push(t('actionPlanPdf.budget', { budget }));
  // Outside the team a count under the small-cell threshold arrives as null: said, not shown.
  const { participants, firstTimers } = a.reach;
  if (participants === null) lines.push(t('actionPlanPdf.reachHidden'));
  else if (participants > 0)
    lines.push(firstTimers === null ? t('actionPlanPdf.reachParticipants', { participants }) : t('actionPlanPdf.reach', { participants, firstTimers }));
  if (a.lasts) lines.push(t('actionPlanPdf.lasts', { successor: a.successorOwner }));
  return lines;
}
