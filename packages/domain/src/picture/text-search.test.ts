import { describe, expect, it } from 'vitest';
import { foldText, searchTerms } from './text-search.js';

describe('searching the pooled texts', () => {
  it('folds case and accents one character for one, and splits a search into distinct folded words', () => {
    expect(foldText('Één Café')).toBe('een cafe');
    expect(foldText('Één Café')).toHaveLength('Één Café'.length);
    expect(searchTerms('  Cafe  CONTACT café ')).toEqual(['cafe', 'contact']);
    expect(searchTerms('   ')).toEqual([]);
  });
});
