import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartnerReferral, ReferralInput, ReferralOutcome } from '@thuis/domain';
import { replaceInPages, usePagedList } from '../../ui';
import { addressKeys } from '../addresses/hooks';
import { referralsApi, type InboxListFilter, type ReferralGrouping, type ReferralListFilter, type ReferralResponse } from './api';

export const referralKeys = {
  all: (id: string) => ['projects', id, 'referrals'] as const,
  list: (id: string, filter: ReferralListFilter) => ['projects', id, 'referrals', 'list', filter] as const,
  report: (id: string, groupBy: ReferralGrouping) => ['projects', id, 'referrals', 'report', groupBy] as const,
  inbox: (id: string) => ['projects', id, 'referral-inbox'] as const,
  inboxList: (id: string, filter: InboxListFilter) => ['projects', id, 'referral-inbox', filter] as const,
  mine: () => ['me', 'new-referrals'] as const,
};

/** New referrals to the signed-in partner's organisation, for its home page. */
export function useMyNewReferrals() {
  return useQuery({ queryKey: referralKeys.mine(), queryFn: referralsApi.mine });
}

/** The team's referrals, a page at a time. */
export function useReferrals(projectId: string, filter: ReferralListFilter) {
  return usePagedList({ queryKey: referralKeys.list(projectId, filter), fetchPage: (cursor) => referralsApi.list(projectId, filter, cursor) });
}

export function useReferralReport(projectId: string, groupBy: ReferralGrouping) {
  return useQuery({ queryKey: referralKeys.report(projectId, groupBy), queryFn: () => referralsApi.report(projectId, groupBy) });
}

/** A partner's inbox, a page at a time (the first page also names the partner). */
export function usePartnerInbox(projectId: string, filter: InboxListFilter) {
  return usePagedList({ queryKey: referralKeys.inboxList(projectId, filter), fetchPage: (cursor) => referralsApi.inbox(projectId, filter, cursor) });
}

/** The households that lived or live at an address (to choose whom a referral is for). */
export function useAddressHouseholds(projectId: string, addressId: string) {
  return useQuery({
    queryKey: addressKeys.households(projectId, addressId),
    queryFn: () => referralsApi.households(projectId, addressId),
    enabled: !!addressId,
  });
}

function useInvalidateReferrals(projectId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: referralKeys.all(projectId) });
}

export function useMakeReferral(projectId: string) {
  const invalidate = useInvalidateReferrals(projectId);
  return useMutation({ mutationFn: (input: ReferralInput) => referralsApi.make(projectId, input), onSuccess: invalidate });
}

export function useWithdrawConsent(projectId: string) {
  const invalidate = useInvalidateReferrals(projectId);
  return useMutation({
    mutationFn: ({ referralId, note }: { referralId: string; note: string }) => referralsApi.withdrawConsent(projectId, referralId, note),
    onSuccess: invalidate,
  });
}

/** The partner's answers: the changed referral replaces the old one in the inbox at once. */
function useInboxUpdate(projectId: string) {
  const queryClient = useQueryClient();
  return (saved: PartnerReferral) => {
    queryClient.setQueriesData({ queryKey: referralKeys.inbox(projectId) }, replaceInPages(saved));
    void queryClient.invalidateQueries({ queryKey: referralKeys.inbox(projectId) });
  };
}

export function useRespondToReferral(projectId: string) {
  const onSuccess = useInboxUpdate(projectId);
  return useMutation({
    mutationFn: ({ referralId, response }: { referralId: string; response: ReferralResponse }) => referralsApi.respond(projectId, referralId, response),
    onSuccess,
  });
}

export function useReportOutcome(projectId: string) {
  const onSuccess = useInboxUpdate(projectId);
  return useMutation({
    mutationFn: ({ referralId, input }: { referralId: string; input: { outcome: ReferralOutcome; note: string } }) =>
      referralsApi.reportOutcome(projectId, referralId, input),
    onSuccess,
  });
}
