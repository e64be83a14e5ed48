import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { themeInput } from '@thuis/domain';
import { resources } from '../i18n/resources';
import { translatedZodResolver } from './forms';
import { identifyingWarning, withIdentifyingCheck } from './identifying';

async function translator(lng: 'nl' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, params?: Record<string, unknown>) => string;
}

const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe('the identifying check in forms', () => {
  it('warns while typing, naming what it found, in the reader’s language', async () => {
    expect(identifyingWarning('Geboren 03-04-1956, rekening NL20 INGB 0001 2345 67.', await translator('nl'))).toBe(
      'Hierin staat iets waaraan iemand te herkennen is: "Geboren 03-04-1956", "NL20 INGB 0001 2345 67"; schrijf het anders op.',
    );
    expect(identifyingWarning('BSN 123456782', await translator('en'))).toBe(
      'This contains something by which someone can be recognised: "123456782"; please rephrase.',
    );
    expect(identifyingWarning('Samen koken in het buurthuis', await translator('nl'))).toBeUndefined();
  });

  it('keeps a form from being sent while a checked field shows the warning', async () => {
    const t = await translator('nl');
    const resolve = withIdentifyingCheck(translatedZodResolver(themeInput, t), ['name', 'description'], t);
    const values = { name: 'Overlast', description: 'Vooral bij mevrouw Yilmaz, kenteken 12-ABC-3.', conditions: ['social_cohesion'], valence: 'concern' };
    const refused = await resolve(values as never, undefined, options);
    expect(Object.keys(refused.errors)).toEqual(['description']);
    expect(refused.errors.description?.message).toContain('"mevrouw Yilmaz", "12-ABC-3"');
    const clean = await resolve({ ...values, description: 'Vooral in de avond.' } as never, undefined, options);
    expect(clean.errors).toEqual({});
  });
});
