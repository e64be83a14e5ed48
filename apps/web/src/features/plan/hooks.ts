import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HourBookingInput } from '@thuis/domain';
import { addressesApi, type HourBudgetLines } from '../addresses/api';
import { addressKeys } from '../addresses/hooks';

export function usePlan(projectId: string) {
  return useQuery({ queryKey: addressKeys.plan(projectId), queryFn: () => addressesApi.plan(projectId) });
}

export function useHours(projectId: string) {
  return useQuery({ queryKey: addressKeys.hours(projectId), queryFn: () => addressesApi.hours(projectId) });
}

function useHoursMutation<T>(projectId: string, fn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: addressKeys.hours(projectId) }),
  });
}

export const useSaveBudget = (projectId: string) => useHoursMutation(projectId, (lines: HourBudgetLines) => addressesApi.saveBudget(projectId, lines));
export const useBookHours = (projectId: string) => useHoursMutation(projectId, (input: HourBookingInput) => addressesApi.bookHours(projectId, input));
export const useDeleteBooking = (projectId: string) => useHoursMutation(projectId, (bookingId: string) => addressesApi.deleteBooking(projectId, bookingId));
