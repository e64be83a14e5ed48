import { describe, expect, it } from 'vitest';
import { catalogueKeys, catalogues } from './index.js';

describe('catalogues', () => {
  it('has the same keys in Dutch and English', () => {
    expect(catalogueKeys(catalogues.en).sort()).toEqual(catalogueKeys(catalogues.nl).sort());
  });
  it('has no empty text and the same placeholders in both languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const lookup = (c: object, path: string) => path.split('.').reduce<any>((o, k) => o[k], c) as string;
    for (const key of catalogueKeys(catalogues.nl)) {
      const nl = lookup(catalogues.nl, key);
      const en = lookup(catalogues.en, key);
      expect(nl.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(nl));
    }
  });
});
