import { describe, expect, it } from 'vitest';
import { newestFirst, subjectsOf } from './signals';

describe('signal helpers', () => {
  it('offers only the subjects of the chosen category', () => {
    expect(subjectsOf('wellbeing')).toEqual(['loneliness', 'involvement', 'exercise']);
    expect(subjectsOf('')).toEqual([]);
    expect(subjectsOf('toString')).toEqual([]);
  });

  it('lists signals newest first', () => {
    const list = [
      { id: 'a', createdAt: '2026-03-01T09:00:00.000Z' },
      { id: 'b', createdAt: '2026-03-02T09:00:00.000Z' },
      { id: 'c', createdAt: '2026-03-01T09:00:00.000Z' },
    ];
    expect(newestFirst(list).map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });
});
