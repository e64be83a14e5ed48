import { describe, expect, it } from 'vitest';
import { defaultLetterTemplate, formatVisitors, letterTemplateInput, mergeLetter, missingProjectContacts, unknownMergeFields } from './letter-template.js';

const values = {
  aanhef: 'Fam. Jansen',
  adres: 'Lankforst 12',
  postcode: '6538 GB',
  plaats: 'Nijmegen',
  datum: 'dinsdag 1 december 2026',
  tijd: '09:30',
  bezoekers: 'Peter Bosman (Bouwbedrijf Jansen) en Marieke Jansen (Welzijn Nijmegen)',
  project: 'Lankforst',
  afzender: 'Sanne de Vries',
  teamtelefoon: '024 123 45 00',
  teamemail: 'lankforst@example.nl',
};

describe('letters', () => {
  it('fills every merge field of the default letter and mentions the voluntary conversation and privacy', () => {
    const text = mergeLetter(defaultLetterTemplate.body, values);
    expect(text).not.toMatch(/{{/);
    expect(text).toContain('Beste Fam. Jansen,');
    expect(text).toContain('op dinsdag 1 december 2026 om 09:30 uur');
    expect(text).toMatch(/vrijwillig/);
    expect(text).toMatch(/zonder uw naam en adres/);
  });
  it('tells residents how to reach the team, and does not call the contractor part of the neighbourhood team', () => {
    const text = mergeLetter(defaultLetterTemplate.body, values);
    expect(text).toContain('Bel ons dan op 024 123 45 00 of mail naar lankforst@example.nl.');
    expect(text).not.toMatch(/buurtteam/i);
    expect(text).toContain('U krijgt bezoek van Peter Bosman (Bouwbedrijf Jansen) en Marieke Jansen (Welzijn Nijmegen).');
  });
  it('names unknown merge fields before anyone prints', () => {
    expect(unknownMergeFields('Beste {{aanhef}}, op {{ datum }} komt {{monteur}}, bel {{teamtelefoon}}')).toEqual(['monteur']);
    const result = letterTemplateInput.safeParse({ subject: 'Bezoek', body: 'Beste {{naam}}' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['body']);
  });
  it('names the project contact a template uses while the project has none', () => {
    expect(missingProjectContacts(defaultLetterTemplate.body, { teamPhone: '', teamEmail: 'team@example.nl' })).toEqual(['teamPhone']);
    expect(missingProjectContacts(defaultLetterTemplate.body, { teamPhone: '024 123 45 00', teamEmail: ' ' })).toEqual(['teamEmail']);
    expect(missingProjectContacts('Beste {{aanhef}}', { teamPhone: '', teamEmail: '' })).toEqual([]);
  });
  it('names visitors with their organisation, in the reader’s language', () => {
    const visitors = [
      { name: 'Anna de Vries', organisation: 'Welzijn Nijmegen' },
      { name: 'Peter Bosman', organisation: 'Bouwbedrijf Jansen' },
      { name: 'Ahmed Consulent', organisation: 'Talis' },
    ];
    expect(formatVisitors(visitors.slice(0, 2), 'nl')).toBe('Anna de Vries (Welzijn Nijmegen) en Peter Bosman (Bouwbedrijf Jansen)');
    expect(formatVisitors(visitors, 'nl')).toBe('Anna de Vries (Welzijn Nijmegen), Peter Bosman (Bouwbedrijf Jansen) en Ahmed Consulent (Talis)');
    expect(formatVisitors(visitors.slice(0, 2), 'en')).toBe('Anna de Vries (Welzijn Nijmegen) and Peter Bosman (Bouwbedrijf Jansen)');
  });
});
