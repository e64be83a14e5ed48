import { describe, expect, it } from 'vitest';
import { catalogueKeys, catalogues } from '@thuis/domain';
import { uiEn } from './ui.en';
import { uiNl } from './ui.nl';
import { resources } from './resources';

describe('UI strings', () => {
  it('English has exactly the Dutch keys', () => {
    expect(catalogueKeys(uiEn).sort()).toEqual(catalogueKeys(uiNl).sort());
  });

  it('has no empty strings', () => {
    for (const ui of [uiNl, uiEn]) {
      const flat = catalogueKeys(ui).map((key) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ui));
      expect(flat.every((v) => typeof v === 'string' && v.trim().length > 0)).toBe(true);
    }
  });

  it('does not overwrite a section of the shared catalogue', () => {
    const shared = Object.keys(catalogues.nl);
    expect(Object.keys(uiNl).filter((k) => shared.includes(k))).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const get = (o: object, key: string) => key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
    for (const key of catalogueKeys(uiNl)) expect(placeholders(get(uiEn, key)), key).toEqual(placeholders(get(uiNl, key)));
  });

  it('merges the shared catalogue with the UI strings per language', () => {
    expect(resources.nl.translation.errors.required).toBe(catalogues.nl.errors.required);
    expect(resources.en.translation.phases.home_visits).toBe(catalogues.en.phases.home_visits);
    expect(resources.nl.translation.login.title).toBe('Inloggen');
    expect(resources.en.translation.login.title).toBe('Log in');
  });
});
