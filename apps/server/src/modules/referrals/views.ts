import { sharedWithPartner, type PartnerReferral, type Referral } from '@thuis/domain';
import { recordListRead } from '../../platform/audit/audit.js';
import type { Actor } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import { toAmsterdam } from '../visits/local-time.js';
import { createReferralRepository } from './repository.js';

type Row = Awaited<ReturnType<ReturnType<typeof createReferralRepository>['list']>>[number];

async function handoversByReferral(db: Db, ids: string[]) {
  const byReferral = new Map<string, { startsAt: string; endsAt: string; visitorNames: string[] }[]>();
  for (const v of await createReferralRepository(db).handoverVisits(ids))
    byReferral.set(v.referralId, [
      ...(byReferral.get(v.referralId) ?? []),
      { startsAt: toAmsterdam(v.startsAt), endsAt: toAmsterdam(v.endsAt), visitorNames: v.visitorNames ?? [] },
    ]);
  return byReferral;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Referrals as the social team sees them (the address, not the resident's contact data). The list
 * shown is a read of personal data: one audit entry names every referral in it, and how the page
 * was asked for (`asked`: filter and cursor).
 */
export async function teamReferrals(db: Db, actor: Actor, projectId: string, rows: Row[], asked: Record<string, unknown> = {}): Promise<Referral[]> {
  const handovers = await handoversByReferral(
    db,
    rows.map((r) => r.id),
  );
  await recordListRead(db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'referral',
    ids: rows.map((r) => r.id),
    households: { ids: rows.map((r) => r.householdId) },
    details: { fields: ['address', 'question'], ...asked },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    partnerId: r.partnerId,
    partnerName: r.partnerName,
    question: r.question,
    householdId: r.householdId,
    addressId: r.addressId,
    addressLabel: r.addressLabel,
    signalId: r.signalId,
    share: r.share,
    consentGivenOn: r.consentGivenOn,
    consentRecordedByName: r.consentRecordedByName ?? '',
    consentWithdrawnAt: iso(r.consentWithdrawnAt),
    consentWithdrawnByName: r.consentWithdrawnByName,
    referredByName: r.referredByName ?? '',
    createdAt: r.createdAt.toISOString(),
    respondedAt: iso(r.respondedAt),
    declineReason: r.declineReason,
    outcome: r.outcome,
    outcomeNote: r.outcomeNote,
    completedAt: iso(r.completedAt),
    handoverVisits: handovers.get(r.id) ?? [],
  }));
}

/**
 * Referrals as the receiving partner sees them: only what the resident consented to, nothing once
 * consent is withdrawn. One audit entry names every referral whose personal data is shown.
 */
export async function partnerReferrals(db: Db, actor: Actor, projectId: string, rows: Row[], asked: Record<string, unknown> = {}): Promise<PartnerReferral[]> {
  const consented = rows.filter((r) => r.consentWithdrawnAt === null).map((r) => r.id);
  const details = new Map((await createReferralRepository(db).details(consented)).map((d) => [d.id, d]));
  const handovers = await handoversByReferral(db, consented);
  const views = rows.map((r) => {
    const d = details.get(r.id);
    const shared = sharedWithPartner(
      { share: r.share, withdrawn: r.consentWithdrawnAt !== null },
      { name: d?.name ?? '', address: d?.address ?? '', phone: d?.phone ?? '', email: d?.email ?? '', signal: d?.signal ?? '' },
    );
    return {
      id: r.id,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      referredByName: r.referredByName ?? '',
      referredByOrganisation: r.referredByOrganisation ?? '',
      question: shared ? r.question : null,
      consentWithdrawn: shared === null,
      shared,
      respondedAt: iso(r.respondedAt),
      declineReason: r.declineReason,
      outcome: r.outcome,
      outcomeNote: r.outcomeNote,
      completedAt: iso(r.completedAt),
      handoverVisits: shared ? (handovers.get(r.id) ?? []) : [],
    };
  });
  const shown = views.filter((v) => v.shared !== null);
  await recordListRead(db, {
    actorUserId: actor.userId,
    projectId,
    resourceType: 'referral',
    ids: shown.map((v) => v.id),
    households: { ids: rows.filter((r) => shown.some((v) => v.id === r.id)).map((r) => r.householdId) },
    // What the resident consented to differs per referral: all of it, and per referral.
    details: {
      fields: [...new Set(shown.flatMap((v) => ['question', ...Object.keys(v.shared!)]))],
      fieldsById: Object.fromEntries(shown.map((v) => [v.id, ['question', ...Object.keys(v.shared!)]])),
      ...asked,
    },
  });
  return views;
}
