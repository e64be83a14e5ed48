import { describe, expect, it } from 'vitest';
import { longPageLimit } from './long-page-limit.js';

describe('long page limit', () => {
  it('is 100 unless asked, and 1 to 500 when asked', () => {
    expect(longPageLimit.parse(undefined)).toBe(100);
    expect(longPageLimit.parse('500')).toBe(500);
    expect(longPageLimit.parse('1')).toBe(1);
    for (const value of ['0', '501', '2.5', 'ten']) expect(longPageLimit.safeParse(value).error?.issues[0]?.message, value).toBe('errors.longPageLimit');
  });
});
