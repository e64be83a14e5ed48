import { describe, expect, it } from 'vitest';
import { addableThemes, addItem, knownOnly, moveItem, removeItem, sameList } from './topList';

describe('top list', () => {
  it('moves an item up and down, not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a'], 5, 1)).toEqual(['a']);
  });

  it('adds at the end, at most five and no doubles', () => {
    expect(addItem(['a'], 'b')).toEqual(['a', 'b']);
    expect(addItem(['a'], 'a')).toEqual(['a']);
    expect(addItem(['a', 'b', 'c', 'd', 'e'], 'f')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(addItem(['a'], '')).toEqual(['a']);
  });

  it('removes and compares', () => {
    expect(removeItem(['a', 'b'], 'a')).toEqual(['b']);
    expect(sameList(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameList(['a'], ['a', 'b'])).toBe(false);
  });

  it('leaves out themes that are gone', () => {
    expect(knownOnly(['a', 'x', 'b'], new Set(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('offers the themes of the kind not yet in the list, most households first', () => {
    const themes = [
      { id: '1', name: 'Buren', valence: 'promising', households: 3 },
      { id: '2', name: 'Armoede', valence: 'concern', households: 9 },
      { id: '3', name: 'Groen', valence: 'promising', households: 7 },
      { id: '4', name: 'Activiteiten', valence: 'promising', households: 3 },
    ];
    expect(addableThemes(themes, 'promising', ['3']).map((t) => t.id)).toEqual(['4', '1']);
  });
});
