import { describe, expect, it } from 'vitest';
import { defaultLetterTemplate, letterTemplateInput, mergeLetter, unknownMergeFields } from './letter-template.js';

const values = { aanhef: 'Fam. Jansen', adres: 'Lankforst 12', postcode: '6538 GB', plaats: 'Nijmegen', datum: 'dinsdag 1 december 2026', tijd: '09:30', bezoekers: 'Peter Bosman (aannemer) en Marieke Jansen (opbouwwerker)', project: 'Lankforst', afzender: 'Sanne de Vries' };

describe('letters', () => {
  it('fills every merge field of the default letter and mentions the voluntary conversation and privacy', () => {
    const text = mergeLetter(defaultLetterTemplate.body, values);
    expect(text).not.toMatch(/{{/);
    expect(text).toContain('Beste Fam. Jansen,');
    expect(text).toContain('op dinsdag 1 december 2026 om 09:30 uur');
    expect(text).toMatch(/vrijwillig/);
    expect(text).toMatch(/zonder uw naam en adres/);
  });
  it('names unknown merge fields before anyone prints', () => {
    expect(unknownMergeFields('Beste {{aanhef}}, op {{ datum }} komt {{monteur}}')).toEqual(['monteur']);
    const result = letterTemplateInput.safeParse({ subject: 'Bezoek', body: 'Beste {{naam}}' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['body']);
  });
});
