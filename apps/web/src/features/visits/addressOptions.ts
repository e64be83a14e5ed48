import type { Address } from '@thuis/domain';
import { formatAddress } from '../addresses/format';

export interface AddressOption {
  value: string;
  label: string;
  disabled?: boolean;
}

type Found = Pick<Address, 'id' | 'street' | 'houseNumber' | 'addition' | 'postcode' | 'city' | 'noContact'>;

/** "Dorpsstraat 12 A, 6538 AB Nijmegen" */
export function addressOptionLabel(a: Found): string {
  return `${formatAddress(a)}, ${a.postcode} ${a.city}`;
}

/**
 * The found addresses as options. With `noContactMark` (when planning a visit) an address whose
 * household objected to contact stays visible, so the planner sees why, but carries the mark and
 * cannot be chosen.
 */
export function addressOptions(found: readonly Found[], noContactMark?: string): AddressOption[] {
  return found.map((a) =>
    noContactMark && a.noContact
      ? { value: a.id, label: `${addressOptionLabel(a)} – ${noContactMark}`, disabled: true }
      : { value: a.id, label: addressOptionLabel(a) },
  );
}

const normal = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What a typed search says about the addresses found: the one address it names, to be selected at
 * once (an address whose household objected is never selected), and whether the house number it asks
 * for exists at all ("Lankforst 99" when only 9 and 199 are there finds nothing of the kind).
 */
export function searchOutcome(found: readonly Found[], search: string): { match: Found | null; notFound: boolean } {
  const asked = normal(search);
  if (!asked) return { match: null, notFound: false };
  const names = (a: Found) =>
    [
      `${a.street} ${a.houseNumber}${a.addition}`,
      `${a.street} ${a.houseNumber} ${a.addition}`,
      `${a.postcode.replace(' ', '')} ${a.houseNumber}${a.addition}`,
    ].map(normal);
  const exact = found.filter((a) => names(a).includes(asked) || names(a).includes(asked.replace(/^(\d{4}) ([a-z]{2})/, '$1$2')));
  const number = /(\d+)\s*[a-z]?$/.exec(asked)?.[1];
  const notFound = found.length === 0 || (number !== undefined && exact.length === 0 && !found.some((a) => a.houseNumber === Number(number)));
  const named = exact.length === 1 ? exact[0]! : found.length === 1 && !notFound ? found[0]! : null;
  return { match: named && !named.noContact ? named : null, notFound };
}
