import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HourBookingInput } from '@thuis/domain';
import { planApi, type HourBudgetLines } from './api';
import { addressKeys } from '../addresses/hooks';

export function usePlan(projectId: string) {
  return useQuery({ queryKey: addressKeys.plan(projectId), queryFn: () => planApi.plan(projectId) });
}

export function useHours(projectId: string) {
  return useQuery({ queryKey: addressKeys.hours(projectId), queryFn: () => planApi.hours(projectId) });
}

function useHoursMutation<T>(projectId: string, fn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: addressKeys.hours(projectId) }),
  });
}

export const useSaveBudget = (projectId: string) => useHoursMutation(projectId, (lines: HourBudgetLines) => planApi.saveBudget(projectId, lines));
export const useBookHours = (projectId: string) => useHoursMutation(projectId, (input: HourBookingInput) => planApi.bookHours(projectId, input));
export const useDeleteBooking = (projectId: string) => useHoursMutation(projectId, (bookingId: string) => planApi.deleteBooking(projectId, bookingId));
