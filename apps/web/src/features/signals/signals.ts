import { signalKinds, type SignalCategory } from '@thuis/domain';

const none: readonly string[] = [];

/** The subjects to choose from for a category; none before a category is chosen. */
export function subjectsOf(category: string): readonly string[] {
  return Object.hasOwn(signalKinds, category) ? signalKinds[category as SignalCategory] : none;
}
