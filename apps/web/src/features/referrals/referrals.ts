import { referralPartnerTypes, referralShareItems, type Household, type Partner, type ReferralShareItem, type ReferralStatus } from '@thuis/domain';

/** The project's partners a referral can go to (neighbourhood team, debt help, care…), by name. */
export function referralPartners(partners: readonly Partner[]): Partner[] {
  return partners.filter((p) => referralPartnerTypes.includes(p.organisationType)).sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}

/** The items a worker may tick: the signal's description only when the referral follows a signal. */
export function shareChoices(withSignal: boolean): readonly ReferralShareItem[] {
  return withSignal ? referralShareItems : referralShareItems.filter((i) => i !== 'signal');
}

/** Consent can be withdrawn once, at any status: the partner stops seeing the shared details at once. */
export function canWithdrawConsent(r: { consentWithdrawnAt: string | null; status: ReferralStatus }): boolean {
  return r.consentWithdrawnAt === null && r.status !== 'withdrawn';
}

/** A final visit with the partner (warm hand-over) fits once the partner took the referral on, with consent. */
export function canPlanHandover(r: { consentWithdrawnAt: string | null; status: ReferralStatus }): boolean {
  return r.consentWithdrawnAt === null && (r.status === 'accepted' || r.status === 'completed');
}

/** The household to pick first: the one living there now, else the one that left last. */
export function defaultHousehold(households: readonly Household[]): Household | null {
  return households.find((h) => h.current) ?? [...households].sort((a, b) => (b.movedOutOn ?? '').localeCompare(a.movedOutOn ?? ''))[0] ?? null;
}

/** Households with the current one first, then the most recent. */
export function sortHouseholds(households: readonly Household[]): Household[] {
  return [...households].sort((a, b) => Number(b.current) - Number(a.current) || (b.movedInOn ?? '').localeCompare(a.movedInOn ?? ''));
}
