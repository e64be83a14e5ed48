import { describe, expect, it } from 'vitest';
import { decimalInputValue, formatNumber, parseDecimal } from './numbers';

describe('numbers', () => {
  it('reads the Dutch decimal comma and the point', () => {
    expect(parseDecimal('1,25')).toBe(1.25);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal(' 2 ')).toBe(2);
    expect(parseDecimal(',75')).toBe(0.75);
    expect(parseDecimal(3)).toBe(3);
  });

  it('gives undefined for empty and NaN for text', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('   ')).toBeUndefined();
    expect(parseDecimal('twee')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
  });

  it('writes numbers the Dutch way', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(2.256, 'nl')).toBe('2,26');
  });

  it('fills an input with the local decimal sign', () => {
    expect(decimalInputValue(1.25, 'nl')).toBe('1,25');
    expect(decimalInputValue(1.25, 'en')).toBe('1.25');
    expect(decimalInputValue(null, 'nl')).toBe('');
  });
});
