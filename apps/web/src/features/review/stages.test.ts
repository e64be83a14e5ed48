import { describe, expect, it } from 'vitest';
import { stageTone } from './stages';

describe('stageTone', () => {
  it('marks published as done, the concept as not started and the review stages as under way', () => {
    expect(stageTone('published')).toBe('done');
    expect(stageTone('concept')).toBe('neutral');
    expect(stageTone('outside_reader')).toBe('active');
    expect(stageTone('resident_group')).toBe('active');
  });
});
