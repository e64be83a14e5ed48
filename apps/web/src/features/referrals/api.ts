import {
  householdList,
  myNewReferrals,
  partnerInbox,
  partnerReferral,
  referral,
  referralPage,
  referralReportResponse,
  type InboxFilter,
  type ReferralInput,
  type ReferralOutcome,
  type ReferralStatus,
} from '@thuis/domain';
import { api } from '../../lib/api';
import { pageQuery } from '../../ui';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

/** The list's filter and order as the page keeps them (also part of the cache key). */
export interface ReferralListFilter {
  status?: ReferralStatus;
  sort?: 'newest' | 'oldest';
}
export interface InboxListFilter {
  filter?: InboxFilter;
  sort?: 'newest' | 'oldest';
}

export type ReferralGrouping = 'building_phase' | 'building';
export type ReferralResponse = { decision: 'accept' } | { decision: 'decline'; reason: string };

export const referralsApi = {
  list: (id: string, filter: ReferralListFilter, cursor: string | null) => api(`${base(id)}/referrals?${pageQuery(filter, cursor)}`, { schema: referralPage }),
  make: (id: string, input: ReferralInput) => api(`${base(id)}/referrals`, { method: 'POST', body: input, schema: referral }),
  withdrawConsent: (id: string, referralId: string, note: string) =>
    api(`${base(id)}/referrals/${part(referralId)}/withdraw-consent`, { method: 'POST', body: { note }, schema: referral }),

  inbox: (id: string, filter: InboxListFilter, cursor: string | null) =>
    api(`${base(id)}/referral-inbox?${pageQuery(filter, cursor)}`, { schema: partnerInbox }),
  respond: (id: string, referralId: string, response: ReferralResponse) =>
    api(`${base(id)}/referral-inbox/${part(referralId)}/response`, { method: 'POST', body: response, schema: partnerReferral }),
  reportOutcome: (id: string, referralId: string, input: { outcome: ReferralOutcome; note: string }) =>
    api(`${base(id)}/referral-inbox/${part(referralId)}/outcome`, { method: 'POST', body: input, schema: partnerReferral }),

  /** The partner's home page: new referrals to its organisation in every project (nothing of the household). */
  mine: () => api('/api/me/new-referrals', { schema: myNewReferrals }),
  report: (id: string, groupBy: ReferralGrouping) => api(`${base(id)}/referral-report?groupBy=${groupBy}`, { schema: referralReportResponse }),
  households: (id: string, addressId: string) =>
    api(`${base(id)}/addresses/${part(addressId)}/households`, { schema: householdList }).then((r) => r.households),
};

/** Download link of the report (plain GET; the browser saves the file). */
export const referralReportExportUrl = (id: string, groupBy: ReferralGrouping, format: 'csv' | 'xlsx') =>
  `${base(id)}/exports/referral-report?groupBy=${groupBy}&format=${format}`;
