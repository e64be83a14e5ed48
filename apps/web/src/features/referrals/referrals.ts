import { referralPartnerTypes, referralShareItems, type Household, type Partner, type ReferralShareItem } from '@thuis/domain';

/** The project's partners a referral can go to (neighbourhood team, debt help, care…), by name. */
export function referralPartners(partners: readonly Partner[]): Partner[] {
  return partners.filter((p) => referralPartnerTypes.includes(p.organisationType)).sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}

/** The items a worker may tick: the signal's description only when the referral follows a signal. */
export function shareChoices(withSignal: boolean): readonly ReferralShareItem[] {
  return withSignal ? referralShareItems : referralShareItems.filter((i) => i !== 'signal');
}

/** The household to pick first: the one living there now, else the one that left last. */
export function defaultHousehold(households: readonly Household[]): Household | null {
  return households.find((h) => h.current) ?? [...households].sort((a, b) => (b.movedOutOn ?? '').localeCompare(a.movedOutOn ?? ''))[0] ?? null;
}

/** Households with the current one first, then the most recent. */
export function sortHouseholds(households: readonly Household[]): Household[] {
  return [...households].sort((a, b) => Number(b.current) - Number(a.current) || (b.movedInOn ?? '').localeCompare(a.movedInOn ?? ''));
}
