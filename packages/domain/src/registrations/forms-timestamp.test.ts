import { describe, expect, it } from 'vitest';
import { dateOrderOf, parseFormsTimestamp } from './forms-timestamp.js';

const iso = (text: string, order?: 'dmy' | 'mdy') => parseFormsTimestamp(text, order)?.toISOString() ?? null;

describe('Google Forms timestamps', () => {
  it('reads every locale Google writes as the same moment, in Amsterdam time', () => {
    const moment = '2025-11-03T13:05:09.000Z'; // 14:05:09 in Amsterdam, winter time
    expect(iso('3-11-2025 14:05:09')).toBe(moment); // Sheets, nl
    expect(iso('03/11/2025 14:05:09')).toBe(moment); // Sheets, en-GB
    expect(iso('2025/11/03 2:05:09 PM GMT+1')).toBe(moment); // Forms' own CSV, en-US
    expect(iso('2025/11/03 2:05:09 p.m. GMT+01:00')).toBe(moment);
    expect(iso('2025-11-03T14:05:09')).toBe(moment);
    expect(iso('2025-11-03 14:05:09')).toBe(moment);
    expect(iso('2025-11-03T13:05:09Z')).toBe(moment);
    expect(iso('2025-11-03T14:05:09+01:00')).toBe(moment);
    expect(iso(' 3-11-2025  14:05 ')).toBe('2025-11-03T13:05:00.000Z');
    expect(iso('3-11-2025')).toBe('2025-11-02T23:00:00.000Z');
  });

  it('follows summer time', () => {
    expect(iso('3-7-2025 14:05:09')).toBe('2025-07-03T12:05:09.000Z');
    expect(iso('2025/07/03 2:05:09 PM GMT+2')).toBe('2025-07-03T12:05:09.000Z');
    // The night the clocks go forward (30 March 2025, 02:00 → 03:00).
    expect(iso('30-3-2025 01:59:59')).toBe('2025-03-30T00:59:59.000Z');
    expect(iso('30-3-2025 03:00:00')).toBe('2025-03-30T01:00:00.000Z');
    // A time that does not exist that night is read with the winter offset (as the clock went on to 03:30).
    expect(iso('30-3-2025 02:30:00')).toBe('2025-03-30T01:30:00.000Z');
    // The night they go back (26 October 2025): a time in the repeated hour is the first, summer one.
    expect(iso('26-10-2025 01:30:00')).toBe('2025-10-25T23:30:00.000Z');
    expect(iso('26-10-2025 02:30:00')).toBe('2025-10-26T00:30:00.000Z');
    expect(iso('26-10-2025 03:30:00')).toBe('2025-10-26T02:30:00.000Z');
  });

  it('reads 12-hour clocks', () => {
    expect(iso('2025/11/03 12:00:00 AM GMT+1')).toBe('2025-11-02T23:00:00.000Z');
    expect(iso('2025/11/03 12:30:00 PM GMT+1')).toBe('2025-11-03T11:30:00.000Z');
    expect(iso('2025/11/03 9:15:00 AM GMT')).toBe('2025-11-03T09:15:00.000Z');
  });

  it('refuses what is not a moment', () => {
    for (const text of ['', 'gisteren', '31-2-2025 10:00', '2025-13-01', '3-11-2025 25:00', '2025/11/03 13:00:00 PM GMT+1', '3-11-25 14:05'])
      expect(iso(text), text).toBeNull();
  });

  it('reads a column of American month-first dates only when the day-first reading is impossible', () => {
    const american = ['11/3/2025 14:05:09', '11/15/2025 9:00:00'];
    expect(dateOrderOf(american)).toBe('mdy');
    expect(iso(american[0]!, dateOrderOf(american))).toBe('2025-11-03T13:05:09.000Z');
    expect(dateOrderOf(['03/11/2025 14:05:09', '15/11/2025 9:00:00'])).toBe('dmy');
    expect(dateOrderOf(['03/11/2025 14:05:09', '04/11/2025 9:00:00'])).toBe('dmy');
    // Dashes are always Dutch, day first.
    expect(iso('11-3-2025 14:05:09', 'mdy')).toBe('2025-03-11T13:05:09.000Z');
  });
});
