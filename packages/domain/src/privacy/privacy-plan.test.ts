import { describe, expect, it } from 'vitest';
import { permissionsByRole } from '../access/roles.js';
import { catalogues } from '../i18n/index.js';
import { coreParties, generatePrivacyPlan, privacyLeaflet, wordPlanText, type PlanPartner, type PlanSection, type PlanText } from './privacy-plan.js';

const partners: PlanPartner[] = [
  { organisationId: 'c', organisationName: 'Talis', organisationType: 'corporation', part: 'core' },
  { organisationId: 'w', organisationName: 'Bindkracht10', organisationType: 'welfare', part: 'core' },
  { organisationId: 'a', organisationName: 'Dura Vermeer', organisationType: 'contractor', part: 'core' },
  { organisationId: 'n', organisationName: 'Sociaal wijkteam', organisationType: 'neighbourhood_team', part: 'chain' },
];
const input = { partners, retentionMonths: 24, contactName: 'Fatima Bakker', contactEmail: 'privacy@talis.nl' };

// A translator that reads the Dutch catalogue, to check the worded plan.
const lookup = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalogues.nl);
const t = (key: string, params: Record<string, unknown> = {}) => {
  const text = lookup(key);
  expect(typeof text, key).toBe('string');
  return (text as string).replace(/{{(\w+)}}/g, (_, name: string) => String(params[name]));
};
const worded = (sections: PlanSection[]) =>
  sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.items))).map((text: PlanText) => wordPlanText(text, t));

describe('generatePrivacyPlan', () => {
  it('says per role, from the role table, what it sees and which partners fill it', () => {
    const text = worded(generatePrivacyPlan(input).sections).join('\n');
    expect(text).toContain('Technisch uitvoerder (Dura Vermeer): adressen, planning van de bezoeken,');
    expect(text).not.toMatch(/Technisch uitvoerder[^\n]*contactgegevens/);
    expect(text).toMatch(/Opbouwwerker \(Bindkracht10\): [^\n]*contactgegevens van huishoudens/);
    expect(text).toContain('Doorverwijzingen kunnen gaan naar: Bindkracht10, Sociaal wijkteam.');
    expect(text).toContain('24 maanden na het einde van het project');
    expect(text).toContain('Fatima Bakker, privacy@talis.nl');
  });

  it('gets a new version when the role table changes', () => {
    const before = generatePrivacyPlan(input);
    const widened = { ...permissionsByRole, site_manager: [...permissionsByRole.site_manager, 'households.contacts.read' as const] };
    const after = generatePrivacyPlan(input, widened);
    expect(after.versionHash).not.toBe(before.versionHash);
    expect(worded(after.sections).join('\n')).toMatch(/Technisch uitvoerder[^\n]*contactgegevens van huishoudens/);
  });

  it('gets a new version when the partners or the settings change, and the same one for the same plan', () => {
    const base = generatePrivacyPlan(input).versionHash;
    expect(generatePrivacyPlan({ ...input, partners: [...partners].reverse() }).versionHash).toBe(base);
    expect(generatePrivacyPlan({ ...input, partners: partners.slice(0, 3) }).versionHash).not.toBe(base);
    expect(
      generatePrivacyPlan({ ...input, partners: [...partners, { ...partners[3]!, organisationId: 'd', organisationName: 'Schuldhulp' }] }).versionHash,
    ).not.toBe(base);
    expect(generatePrivacyPlan({ ...input, retentionMonths: 12 }).versionHash).not.toBe(base);
    expect(generatePrivacyPlan({ ...input, contactEmail: 'avg@talis.nl' }).versionHash).not.toBe(base);
  });

  it('has the core triangle sign, not the chain partners', () => {
    expect(coreParties(partners).map((p) => p.organisationId)).toEqual(['c', 'w', 'a']);
  });
});

describe('privacyLeaflet', () => {
  it('tells per organisation in plain words what it sees', () => {
    const text = worded(privacyLeaflet(input)).join('\n');
    expect(text).toContain('Dura Vermeer: uw adres, wanneer we langskomen.');
    expect(text).toContain('Sociaal wijkteam: alleen wat u zelf wilt delen als u hulp van hen krijgt.');
    expect(text).not.toMatch(/Dura Vermeer[^\n]*telefoonnummer/);
    expect(text).toContain('na 24 maanden');
  });
});
