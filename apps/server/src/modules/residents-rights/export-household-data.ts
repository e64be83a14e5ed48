import {
  registrationAnswerLines,
  registrationCardLabels,
  type Actor,
  type FormDefinition,
  type HouseholdExport,
  type Locale,
  type RegistrationContent,
} from '@thuis/domain';
import { recordAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { formatDateTimeInAmsterdam, formatDutchDate } from '../../platform/i18n/format.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { runInWorker } from '../../platform/jobs/worker.js';
import type { HouseholdExportPdfInput } from './household-export-pdf.js';
import { createResidentsRightsRepository } from './repository.js';

/**
 * Everything Thuis holds on the household of an access request (GDPR art. 15): its identity, the
 * visits at its address while it lived there, and its content found through its pseudonym. Audited
 * as a read of the household.
 */
export async function exportHouseholdData(
  ctx: AppContext,
  { actor, projectId, requestId }: { actor: Actor; projectId: string; requestId: string },
): Promise<HouseholdExport> {
  return (await collectHouseholdExport(ctx, { actor, projectId, requestId, format: 'json' })).data;
}

/** The export, and per registration the form version it was made with (for the PDF's question labels). */
async function collectHouseholdExport(
  ctx: AppContext,
  { actor, projectId, requestId, format }: { actor: Actor; projectId: string; requestId: string; format: 'json' | 'pdf' },
): Promise<{ data: HouseholdExport; forms: Map<string, FormDefinition> }> {
  await ctx.access.require(actor, 'residentsRights.handle', projectId);
  const rights = createResidentsRightsRepository(ctx.db);
  const request = await rights.request(projectId, requestId);
  if (!request || request.kind !== 'access' || !request.householdId) throw new NotFoundError();
  const household = await rights.household(projectId, request.householdId);
  if (!household) throw new NotFoundError();
  const data = await rights.exportData(projectId, household);
  await recordAudit(ctx.db, {
    actorUserId: actor.userId,
    action: 'read',
    resourceType: 'household_export',
    resourceId: request.id,
    projectId,
    details: { format, registrations: data.registrations.length, visits: data.visits.length, referrals: data.referrals.length },
    households: { ids: [household.id] },
  });
  const forms = new Map(data.registrations.map((r) => [r.id, r.form]));
  const exported: HouseholdExport = {
    madeAt: new Date().toISOString(),
    project: data.project,
    household: {
      address: `${household.address}, ${household.postcode} ${household.city}`,
      movedInOn: household.movedInOn,
      movedOutOn: household.movedOutOn,
      language: household.language,
      practicalNeeds: household.practicalNeeds,
      shareNeedsWithContractor: household.shareNeedsWithContractor,
      noContact: household.noContact,
    },
    contact: data.contact,
    visits: data.visits,
    registrations: data.registrations.map(({ form: _, ...r }) => r),
    signals: data.signals,
    actions: data.actions.map((a) => ({ ...a, status: String(a.status) })),
    referrals: data.referrals.map((r) => ({ ...r, share: [...r.share], status: String(r.status), outcome: r.outcome ?? null })),
    talentCard: data.talentCard,
    measurements: data.measurements.map((m) => ({ ...m, moment: String(m.moment) })),
  };
  return { data: exported, forms };
}

/** The same export as a PDF for the resident, laid out in a worker thread. */
export async function exportHouseholdPdf(
  ctx: AppContext,
  { actor, projectId, requestId, locale }: { actor: Actor; projectId: string; requestId: string; locale: Locale },
) {
  const { data, forms } = await collectHouseholdExport(ctx, { actor, projectId, requestId, format: 'pdf' });
  const t = translatorFor(locale);
  const p = (key: string, params?: Record<string, unknown>) => t(`residentsRights.pdf.${key}`, params);
  const when = (iso: string) => formatDateTimeInAmsterdam(new Date(iso), locale);
  const yes = (value: boolean) => p(value ? 'yes' : 'no');
  const section = (key: string, items: string[][]) => ({ heading: p(`sections.${key}`), empty: p('none'), items });
  const input: HouseholdExportPdfInput = {
    title: p('title', { project: data.project.name }),
    intro: p('intro', { date: when(data.madeAt), phone: data.project.teamPhone, email: data.project.teamEmail }),
    sections: [
      section('household', [
        [
          p('address', { value: data.household.address }),
          p('movedIn', { value: formatDutchDate(data.household.movedInOn) }),
          p('language', { value: t(`householdLanguages.${data.household.language}`) }),
          p('practicalNeeds', { value: data.household.practicalNeeds || '–' }),
          p('shareNeeds', { value: yes(data.household.shareNeedsWithContractor) }),
          p('noContact', { value: yes(data.household.noContact) }),
        ],
      ]),
      section(
        'contact',
        data.contact ? [[p('name', { value: data.contact.name }), p('phone', { value: data.contact.phone }), p('email', { value: data.contact.email })]] : [],
      ),
      section(
        'visits',
        data.visits.map((v) => [
          `${when(v.startsAt)} · ${t(`visitKinds.${v.kind}`)}`,
          p('outcome', { value: v.outcome ? t(`visitOutcomes.${v.outcome}`) : '–' }),
          ...(v.note ? [v.note] : []),
        ]),
      ),
      section(
        'registrations',
        data.registrations.map((r) => {
          const content = r.content as RegistrationContent;
          return [
            p('registration', { date: when(r.createdAt), version: r.formVersion }),
            ...registrationAnswerLines(forms.get(r.id) ?? null, content.answers ?? {}, locale),
            ...(content.cards?.length ? [p('cards', { value: registrationCardLabels(forms.get(r.id) ?? null, content.cards, locale).join(', ') })] : []),
            ...Object.values(content.openText ?? {}).filter(Boolean),
            ...(content.talents ? [p('talents', { value: content.talents })] : []),
            ...(content.summary ? [p('summary', { value: content.summary })] : []),
          ];
        }),
      ),
      section(
        'signals',
        data.signals.map((s) => [`${when(s.createdAt)} · ${t(`signalCategories.${s.category}`)} · ${t(`signalSubjects.${s.subject}`)}`, s.description]),
      ),
      section(
        'actions',
        data.actions.map((a) => [a.title, `${t(`actionStatuses.${a.status}`)}${a.dueOn ? ` · ${formatDutchDate(a.dueOn)}` : ''}`, ...(a.note ? [a.note] : [])]),
      ),
      section(
        'referrals',
        data.referrals.map((r) => [
          p('partner', { value: r.partner }),
          r.question,
          p('shared', { value: r.share.map((item) => t(`referralShareItems.${item}`)).join(', ') }),
          p('consent', { date: formatDutchDate(r.consentGivenOn) }),
          ...(r.consentWithdrawnAt ? [p('withdrawn', { date: when(r.consentWithdrawnAt) })] : []),
          p('status', { value: t(`referralStatuses.${r.status}`) }),
          ...(r.outcome ? [p('outcome', { value: t(`referralOutcomes.${r.outcome}`) })] : []),
        ]),
      ),
      section(
        'talentCard',
        data.talentCard
          ? [
              [
                p('name', { value: data.talentCard.contactName }),
                p('phone', { value: data.talentCard.contactPhone }),
                p('email', { value: data.talentCard.contactEmail }),
                p('gives', { value: data.talentCard.gives }),
                p('wishes', { value: data.talentCard.wishes }),
                p('consent', { date: formatDutchDate(data.talentCard.consentGivenOn) }),
                p('matches', { count: data.talentCard.matches }),
              ],
            ]
          : [],
      ),
      section(
        'measurements',
        data.measurements.map((m) => [p('measurement', { date: formatDutchDate(m.measuredOn), wellbeing: m.wellbeing ?? '–', ladder: m.ladder ?? '–' })]),
      ),
    ],
  };
  const pdf = Buffer.from(await runInWorker<HouseholdExportPdfInput, Uint8Array>(new URL('./render-household-export.ts', import.meta.url), input));
  return { pdf, fileName: p('fileName') };
}
