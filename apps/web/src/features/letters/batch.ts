import type { Visit } from '@thuis/domain';

/**
 * The visits offered for a batch of invitation letters: with `onlyUninvited`, those without a letter
 * yet, so a household does not get the same invitation twice by accident.
 */
export function visitsToInvite<V extends Pick<Visit, 'invitedOn'>>(visits: readonly V[], onlyUninvited: boolean): V[] {
  return onlyUninvited ? visits.filter((v) => v.invitedOn === null) : [...visits];
}

/** Chosen visits that are still on offer (a choice disappears with its visit when the filter hides it). */
export function chosenOnOffer<V extends Pick<Visit, 'id'>>(offered: readonly V[], chosen: ReadonlySet<string>): V[] {
  return offered.filter((v) => chosen.has(v.id));
}
