/**
 * The referral report in the format of the workshop's results table (seed 004): per group
 * (project, building phase or complex) the households spoken to, referrals per partner as number
 * and percentage of households spoken to, and the total.
 */
export interface ReferralFact {
  groupId: string;
  householdKey: string;
  partnerId: string;
}

export interface ReferralGroupInput {
  groupId: string;
  name: string;
  /** Homes in the group and households with a social conversation. */
  homes: number;
  spokenTo: number;
}

export interface ReferralCell {
  partnerId: string;
  count: number;
  /** Whole percent of households spoken to; null when nobody was spoken to. */
  percent: number | null;
}

export interface ReferralRow {
  groupId: string;
  name: string;
  homes: number;
  spokenTo: number;
  perPartner: ReferralCell[];
  /** Sum of the partner columns, as the workshop table adds them up. */
  total: ReferralCell;
  /** Households with at least one referral: a household referred to two partners counts once here. */
  householdsReferred: ReferralCell;
}

/** Half up, as people round percentages by hand: 5.75 → 6, 3.25 → 3, 32.5 → 33. */
export function percentOf(count: number, base: number): number | null {
  if (base <= 0) return null;
  return Math.floor((count * 100) / base + 0.5 + 1e-9);
}

export function referralReport(groups: readonly ReferralGroupInput[], partnerIds: readonly string[], facts: readonly ReferralFact[]): ReferralRow[] {
  return groups.map((group) => {
    const inGroup = facts.filter((f) => f.groupId === group.groupId);
    // A household referred twice to the same partner counts once for that partner.
    const perPartner = partnerIds.map((partnerId) => {
      const count = new Set(inGroup.filter((f) => f.partnerId === partnerId).map((f) => f.householdKey)).size;
      return { partnerId, count, percent: percentOf(count, group.spokenTo) };
    });
    const total = perPartner.reduce((sum, c) => sum + c.count, 0);
    const households = new Set(inGroup.filter((f) => partnerIds.includes(f.partnerId)).map((f) => f.householdKey)).size;
    return {
      groupId: group.groupId,
      name: group.name,
      homes: group.homes,
      spokenTo: group.spokenTo,
      perPartner,
      total: { partnerId: 'total', count: total, percent: percentOf(total, group.spokenTo) },
      householdsReferred: { partnerId: 'households', count: households, percent: percentOf(households, group.spokenTo) },
    };
  });
}
