import { describe, expect, it } from 'vitest';
import { normalisePostcode } from './postcode.js';

describe('normalisePostcode', () => {
  it('writes postcodes in Dutch format', () => {
    expect(normalisePostcode('6535ab')).toBe('6535 AB');
    expect(normalisePostcode(' 6535 AB ')).toBe('6535 AB');
  });
  it('refuses what is not a Dutch postcode', () => {
    for (const bad of ['0535 AB', '653 AB', '6535 A', '6535-AB', '6535 SS', '6535 sa', '', 'ABCD 12']) expect(normalisePostcode(bad), bad).toBeNull();
  });
});
