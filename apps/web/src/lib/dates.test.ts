import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDayDate, formatShortDate } from './dates';

describe('dates', () => {
  it('writes a calendar date the Dutch way', () => {
    expect(formatDate('2026-11-22', 'nl')).toBe('22 november 2026');
    expect(formatShortDate('2026-11-22', 'nl')).toBe('22-11-2026');
    expect(formatDate('2026-11-22', 'en')).toBe('22 November 2026');
  });

  it('names the weekday of a calendar date', () => {
    expect(formatDayDate('2026-03-02', 'nl')).toBe('maandag 2 maart 2026');
    expect(formatDayDate('2026-03-08', 'en')).toBe('Sunday, 8 March 2026');
  });

  it('shows timestamps in Amsterdam time', () => {
    // 23:30 UTC on 31 December is already New Year in Amsterdam.
    expect(formatDateTime('2026-12-31T23:30:00Z', 'nl')).toMatch(/^1 januari 2027/);
  });

  it('leaves empty and unreadable values alone', () => {
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('later', 'nl')).toBe('later');
  });
});
