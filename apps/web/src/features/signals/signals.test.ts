import { describe, expect, it } from 'vitest';
import { subjectsOf } from './signals';

describe('signal helpers', () => {
  it('offers only the subjects of the chosen category', () => {
    expect(subjectsOf('wellbeing')).toEqual(['loneliness', 'involvement', 'exercise']);
    expect(subjectsOf('')).toEqual([]);
    expect(subjectsOf('toString')).toEqual([]);
  });
});
