import { describe, expect, it } from 'vitest';
import { barGeometry, dayPosition, monthTicks, timelineSpan } from './timeline';

describe('timeline geometry', () => {
  it('spans whole months around all dates', () => {
    expect(
      timelineSpan([
        { start: '2026-01-15', end: '2026-03-10' },
        { start: null, end: '2026-12-31' },
      ]),
    ).toEqual({
      start: '2026-01-01',
      end: '2027-01-01',
    });
    expect(timelineSpan([{ start: null, end: null }])).toBeNull();
  });

  it('places a bar as percentages of the span', () => {
    const span = { start: '2026-01-01', end: '2027-01-01' }; // 365 days
    const bar = barGeometry({ start: '2026-01-01', end: '2026-06-30' }, span);
    expect(bar).toEqual({ left: 0, width: 49.59, open: false });
    const second = barGeometry({ start: '2026-07-01', end: '2026-12-31' }, span);
    expect(second?.left).toBe(49.59);
    expect((second?.left ?? 0) + (second?.width ?? 0)).toBeCloseTo(100, 1);
  });

  it('runs an open bar until today, and keeps short bars visible', () => {
    const span = { start: '2026-01-01', end: '2027-01-01' };
    expect(barGeometry({ start: '2026-01-01', end: null }, span, '2026-02-01')).toMatchObject({ left: 0, open: true, width: 8.77 });
    expect(barGeometry({ start: '2026-12-31', end: null }, span)?.width).toBe(0.8);
    expect(barGeometry({ start: '2026-12-31', end: null }, span)?.left).toBe(99.2);
    expect(barGeometry({ start: null, end: null }, span)).toBeNull();
  });

  it('thins the month ticks', () => {
    const ticks = monthTicks({ start: '2026-01-01', end: '2028-01-01' }, 8);
    expect(ticks.map((t) => t.date)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
    expect(ticks[0]?.left).toBe(0);
  });

  it('finds today', () => {
    expect(dayPosition('2026-07-02', { start: '2026-01-01', end: '2027-01-01' })).toBe(49.86);
    expect(dayPosition('2025-07-02', { start: '2026-01-01', end: '2027-01-01' })).toBeNull();
  });
});
