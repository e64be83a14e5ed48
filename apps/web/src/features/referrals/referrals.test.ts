import { describe, expect, it } from 'vitest';
import type { Household, Partner } from '@thuis/domain';
import { defaultHousehold, referralPartners, shareChoices, sortHouseholds } from './referrals';

const partner = (name: string, organisationType: Partner['organisationType']): Partner => ({
  organisationId: `00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
  organisationName: name,
  organisationType,
  part: 'chain',
});
const household = (id: string, current: boolean, movedInOn: string | null, movedOutOn: string | null = null): Household => ({
  id,
  addressId: 'a',
  movedInOn,
  movedOutOn,
  language: 'nl',
  practicalNeeds: '',
  shareNeedsWithContractor: false,
  current,
});

describe('referral helpers', () => {
  it('offers only partners a referral can go to, by name', () => {
    const list = [
      partner('Woonstede', 'corporation'),
      partner('Schuldhulp', 'care_partner'),
      partner('Buurtteam', 'neighbourhood_team'),
      partner('Bouwbedrijf', 'contractor'),
    ];
    expect(referralPartners(list).map((p) => p.organisationName)).toEqual(['Buurtteam', 'Schuldhulp']);
  });

  it('offers the signal to share only with a signal', () => {
    expect(shareChoices(true)).toContain('signal');
    expect(shareChoices(false)).toEqual(['name', 'address', 'phone', 'email']);
  });

  it('picks the current household first', () => {
    const list = [household('old', false, '2001-01-01', '2019-12-31'), household('now', true, '2020-01-01')];
    expect(defaultHousehold(list)?.id).toBe('now');
    expect(defaultHousehold([list[0]!])?.id).toBe('old');
    expect(defaultHousehold([])).toBeNull();
    expect(sortHouseholds(list).map((h) => h.id)).toEqual(['now', 'old']);
  });
});
