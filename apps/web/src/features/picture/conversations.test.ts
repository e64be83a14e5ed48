import { describe, expect, it } from 'vitest';
import { participantsValue, themeNames } from './conversations';

describe('participantsValue', () => {
  it('reads a whole number, empty as none, and leaves other input for the schema to refuse', () => {
    expect(participantsValue(' 12 ')).toBe(12);
    expect(participantsValue('')).toBeNull();
    expect(participantsValue('  ')).toBeNull();
    expect(participantsValue('12,5')).toBe('12,5');
    expect(participantsValue('veel')).toBe('veel');
  });
});

describe('themeNames', () => {
  it('names the themes in order and skips deleted ones', () => {
    const themes = [
      { id: 'a', name: 'Buren' },
      { id: 'b', name: 'Groen' },
    ];
    expect(themeNames(['b', 'x', 'a'], themes)).toEqual(['Groen', 'Buren']);
  });
});
