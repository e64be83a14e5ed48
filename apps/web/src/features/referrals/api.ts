import {
  householdList,
  partnerInbox,
  partnerReferral,
  referral,
  referralList,
  referralReportResponse,
  type ReferralInput,
  type ReferralOutcome,
} from '@thuis/domain';
import { api } from '../../lib/api';

const base = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const part = (value: string) => encodeURIComponent(value);

export type ReferralGrouping = 'building_phase' | 'building';
export type ReferralResponse = { decision: 'accept' } | { decision: 'decline'; reason: string };

export const referralsApi = {
  list: (id: string) => api(`${base(id)}/referrals`, { schema: referralList }).then((r) => r.referrals),
  make: (id: string, input: ReferralInput) => api(`${base(id)}/referrals`, { method: 'POST', body: input, schema: referral }),
  withdrawConsent: (id: string, referralId: string, note: string) =>
    api(`${base(id)}/referrals/${part(referralId)}/withdraw-consent`, { method: 'POST', body: { note }, schema: referral }),

  inbox: (id: string) => api(`${base(id)}/referral-inbox`, { schema: partnerInbox }),
  respond: (id: string, referralId: string, response: ReferralResponse) =>
    api(`${base(id)}/referral-inbox/${part(referralId)}/response`, { method: 'POST', body: response, schema: partnerReferral }),
  reportOutcome: (id: string, referralId: string, input: { outcome: ReferralOutcome; note: string }) =>
    api(`${base(id)}/referral-inbox/${part(referralId)}/outcome`, { method: 'POST', body: input, schema: partnerReferral }),

  report: (id: string, groupBy: ReferralGrouping) => api(`${base(id)}/referral-report?groupBy=${groupBy}`, { schema: referralReportResponse }),
  households: (id: string, addressId: string) =>
    api(`${base(id)}/addresses/${part(addressId)}/households`, { schema: householdList }).then((r) => r.households),
};

/** Download link of the report (plain GET; the browser saves the file). */
export const referralReportExportUrl = (id: string, groupBy: ReferralGrouping, format: 'csv' | 'xlsx') =>
  `${base(id)}/exports/referral-report?groupBy=${groupBy}&format=${format}`;
