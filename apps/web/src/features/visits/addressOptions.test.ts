import { describe, expect, it } from 'vitest';
import { addressOptions, searchOutcome } from './addressOptions';

const home = (id: string, houseNumber: number, noContact: boolean) => ({
  id,
  street: 'Lankforst',
  houseNumber,
  addition: '',
  postcode: '6538 AB',
  city: 'Nijmegen',
  noContact,
});

describe('address options', () => {
  it('marks an address whose household objected to contact and makes it unselectable when planning', () => {
    expect(addressOptions([home('a', 1, false), home('b', 2, true)], 'geen contact (bezwaar)')).toEqual([
      { value: 'a', label: 'Lankforst 1, 6538 AB Nijmegen' },
      { value: 'b', label: 'Lankforst 2, 6538 AB Nijmegen – geen contact (bezwaar)', disabled: true },
    ]);
  });

  it('leaves the mark out where the objection does not apply', () => {
    expect(addressOptions([home('b', 2, true)])).toEqual([{ value: 'b', label: 'Lankforst 2, 6538 AB Nijmegen' }]);
  });
});

describe('a typed address search', () => {
  const found = [home('a', 9, false), home('b', 19, false), home('c', 199, false)];
  it('selects the address it names at once', () => {
    expect(searchOutcome(found, 'lankforst  19').match?.id).toBe('b');
    expect(searchOutcome(found, '6538 AB 9').match?.id).toBe('a');
    expect(searchOutcome([home('d', 4, false)], 'Lankf').match?.id).toBe('d');
    expect(searchOutcome(found, 'Lankforst').match).toBeNull();
  });
  it('says a house number does not exist, also when longer numbers contain it', () => {
    expect(searchOutcome(found, 'Lankforst 99')).toEqual({ match: null, notFound: true });
    expect(searchOutcome([], 'Lankforst 2')).toEqual({ match: null, notFound: true });
    expect(searchOutcome(found, 'Lankforst 9').notFound).toBe(false);
  });
  it('never selects an address whose household objected', () => {
    expect(searchOutcome([home('x', 5, true)], 'Lankforst 5')).toEqual({ match: null, notFound: false });
  });
});
