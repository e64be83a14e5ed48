import type { Address, ProjectRole } from '@thuis/domain';

/** "Dorpsstraat 12 A" */
export function formatAddress(a: Pick<Address, 'street' | 'houseNumber' | 'addition'>): string {
  return [a.street, `${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`].join(' ');
}

/** The contractor's roles see the practical needs residents agreed to share. */
export function isContractorRole(role: ProjectRole): boolean {
  return role === 'site_manager' || role === 'contractor_social_worker';
}
