import { describe, expect, it } from 'vitest';
import { addressOptions } from './addressOptions';

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
