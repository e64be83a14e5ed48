import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { phaseInput, projectInput } from '@thuis/domain';
import { resources } from '../i18n/resources';
import { applyServerFieldErrors, emptyToNull, matchFieldPath, translatedZodResolver } from './forms';

async function translator(lng: 'nl' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, params?: Record<string, unknown>) => string;
}

const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe('translatedZodResolver', () => {
  it('translates the shared schema messages and names the field (nl)', async () => {
    const t = await translator('nl');
    const resolve = translatedZodResolver(projectInput, t);
    const result = await resolve(
      { name: '', neighbourhood: 'Lankforst', municipality: 'Nijmegen', description: '', worksKinds: [], startsOn: '2026-11-22', endsOn: '2026-01-01' },
      undefined,
      options,
    );
    expect(result.errors.name?.message).toBe('Naam: vul dit veld in.');
    expect(result.errors.worksKinds?.message).toBe('Soort werkzaamheden: kies er minimaal één.');
    expect(result.errors.endsOn?.message).toBe('Einddatum: de einddatum ligt vóór de begindatum.');
  });

  it('fills in parameters such as the maximum length (en)', async () => {
    const t = await translator('en');
    const resolve = translatedZodResolver(projectInput, t);
    const result = await resolve(
      { name: 'x'.repeat(201), neighbourhood: 'a', municipality: 'b', description: '', worksKinds: ['sustainability'], startsOn: '2026-02-30', endsOn: null },
      undefined,
      options,
    );
    expect(result.errors.name?.message).toBe('Name: at most 200 characters.');
    expect(result.errors.startsOn?.message).toBe('Start date: enter an existing date (dd-mm-yyyy).');
  });

  it('passes valid values through as the parsed output', async () => {
    const t = await translator('nl');
    const result = await translatedZodResolver(phaseInput, t)(
      { plannedStart: '2026-01-01', plannedEnd: '2026-03-01', actualStart: '2026-01-05', actualEnd: null, status: 'in_progress' },
      undefined,
      options,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ status: 'in_progress', actualStart: '2026-01-05' });
  });

  it('reports the phase rules at their fields', async () => {
    const t = await translator('nl');
    const result = await translatedZodResolver(phaseInput, t)(
      { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, status: 'done' },
      undefined,
      options,
    );
    expect(result.errors.actualEnd?.message).toBe('Werkelijke einddatum: een afgeronde fase heeft een werkelijke einddatum.');
  });
});

describe('server field errors', () => {
  it('finds the form field of a server path', () => {
    const known = ['name', 'worksKinds', 'partners'];
    expect(matchFieldPath('name', known)).toBe('name');
    expect(matchFieldPath('worksKinds.1', known)).toBe('worksKinds');
    expect(matchFieldPath('partners.0.organisationId', known)).toBe('partners');
    expect(matchFieldPath('somethingElse', known)).toBeNull();
  });

  it('sets matched messages on the form and returns the rest', () => {
    const set: [string, string][] = [];
    const rest = applyServerFieldErrors(
      [
        { path: 'name', message: 'Naam: vul dit veld in.' },
        { path: 'request', message: 'Verzoek: onbekend veld (x).' },
      ],
      ['name'],
      ((path: string, error: { message: string }) => set.push([path, error.message])) as never,
    );
    expect(set).toEqual([['name', 'Naam: vul dit veld in.']]);
    expect(rest).toEqual([{ path: 'request', message: 'Verzoek: onbekend veld (x).' }]);
  });

  it('turns an empty date input into null', () => {
    expect(emptyToNull('')).toBeNull();
    expect(emptyToNull('2026-11-22')).toBe('2026-11-22');
  });
});
