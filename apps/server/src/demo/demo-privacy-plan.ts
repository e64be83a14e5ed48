import type { Db } from '../platform/db/database.js';
import { loadPrivacyPlan } from '../modules/privacy-plan/load-privacy-plan.js';
import { createPrivacyPlanRepository } from '../modules/privacy-plan/repository.js';

/**
 * Phase 1 of both demo projects: the fit check that started them, the privacy contact, and the
 * privacy plan signed by the core triangle, so the demo's visits were planned under a signed plan.
 * The retention period is the plan's default.
 */
export async function addDemoPrivacyPlan(db: Db, projectId: string, which: 'lankforst' | 'spoorbuurt', userIds: Map<string, string>) {
  const repository = createPrivacyPlanRepository(db);
  const leader = { userId: userIds.get('leader')!, name: await repository.displayName(userIds.get('leader')!) };
  await repository.saveFitCheck(
    projectId,
    which === 'lankforst'
      ? {
          worksKinds: ['major_maintenance_occupied', 'renovation_with_relocation', 'demolition_new_build'],
          // 3 of the 5 buildings (72 of 104 homes) are maintained while inhabited.
          inhabitedSharePercent: 69,
          relocationOrDemolitionOnly: false,
          socialIssues: 'yes',
          partnersAvailable: ['corporation', 'welfare', 'contractor'],
          decision: 'go_with_conditions',
          notes: 'Voor de 24 woningen die gesloopt worden: een eindbezoek met warme overdracht voordat de bewoners verhuizen.',
          decidedOn: '2021-02-15',
        }
      : {
          worksKinds: ['major_maintenance_occupied'],
          inhabitedSharePercent: 100,
          relocationOrDemolitionOnly: false,
          socialIssues: 'yes',
          partnersAvailable: ['corporation', 'welfare', 'contractor'],
          decision: 'go',
          notes: '',
          decidedOn: '2015-11-30',
        },
    leader,
  );
  await repository.saveSettings(projectId, {
    privacyContactName: 'Privacyloket Woonstichting De Linde',
    privacyContactEmail: 'privacy@delinde.demo',
    retentionMonths: null,
  });
  const { plan } = await loadPrivacyPlan(db, projectId);
  for (const key of ['leader', 'communityWorker', 'siteManager']) {
    const user = await db.selectFrom('users').where('id', '=', userIds.get(key)!).select(['id', 'organisation_id', 'display_name']).executeTakeFirstOrThrow();
    await repository.sign({ projectId, organisationId: user.organisation_id, versionHash: plan.versionHash, userId: user.id, userName: user.display_name });
  }
}
