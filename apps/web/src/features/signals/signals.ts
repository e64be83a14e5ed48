import { signalKinds, type SignalCategory } from '@thuis/domain';

export type ListedSignal = { id: string; createdAt: string };

const none: readonly string[] = [];

/** The subjects to choose from for a category; none before a category is chosen. */
export function subjectsOf(category: string): readonly string[] {
  return Object.hasOwn(signalKinds, category) ? signalKinds[category as SignalCategory] : none;
}

/** Newest first; the same moment keeps the order the server gave. */
export function newestFirst<T extends ListedSignal>(signals: readonly T[]): T[] {
  return signals
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.createdAt.localeCompare(a.s.createdAt) || a.i - b.i)
    .map(({ s }) => s);
}
