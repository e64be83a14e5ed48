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
