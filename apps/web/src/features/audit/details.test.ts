import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { auditActionLabel, auditActor, auditResourceTypeLabel, auditSubjectLabel, formatAuditDetails, type AuditText } from './details';
import { auditActions, auditResourceTypes } from './filters';

const id = '3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b';
const text: Record<'nl' | 'en', AuditText> = {} as Record<'nl' | 'en', AuditText>;

beforeAll(async () => {
  for (const lng of ['nl', 'en'] as const) {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
    text[lng] = { t: (key, options) => i18n.t(key, options), exists: (key) => i18n.exists(key), locale: lng };
  }
});

const details = (resourceType: string, d: Record<string, unknown>, lng: 'nl' | 'en' = 'nl') => formatAuditDetails(text[lng], { resourceType, details: d });

describe('audit log texts', () => {
  it('translates every known action and kind of item in both languages', () => {
    for (const lng of ['nl', 'en'] as const) {
      for (const a of auditActions) expect(auditActionLabel(text[lng], a), `${lng} ${a}`).not.toBe(a);
      for (const r of auditResourceTypes) expect(auditResourceTypeLabel(text[lng], r), `${lng} ${r}`).not.toBe(r);
    }
    expect(auditActionLabel(text.nl, 'read')).toBe('Ingezien');
    expect(auditResourceTypeLabel(text.nl, 'referral')).toBe('Doorverwijzing');
    expect(auditActionLabel(text.en, 'withdraw_consent')).toBe('Consent withdrawn');
  });

  it('knows every kind of item and action the server records, and labels it in both languages', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'demo' || name === 'test' ? [] : files(path);
        return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
      });
    const types = new Set<string>();
    const actions = new Set<string>();
    for (const file of files(join(import.meta.dirname, '../../../../server/src'))) {
      const source = readFileSync(file, 'utf8');
      // `resourceType: 'x'` and `resourceType: cond ? 'x' : 'y'`, in recordAudit, recordListRead and helpers.
      for (const m of source.matchAll(/resourceType: ([^,}\n]*)/g)) for (const c of m[1]!.matchAll(/'([a-z_]+)'/g)) types.add(c[1]!);
      // An action is an audit action when a resourceType stands next to it (not e.g. a security header's).
      for (const m of source.matchAll(/\baction: '([a-z_]+)'/g))
        if (source.slice(Math.max(0, m.index - 300), m.index + 300).includes('resourceType')) actions.add(m[1]!);
    }
    expect(types.size).toBeGreaterThan(50);
    expect(types).toContain('resident_request');
    expect(actions).toContain('retention_purge');
    expect([...types].filter((r) => !(auditResourceTypes as readonly string[]).includes(r))).toEqual([]);
    expect([...actions].filter((a) => !(auditActions as readonly string[]).includes(a))).toEqual([]);
    for (const lng of ['nl', 'en'] as const) {
      for (const r of auditResourceTypes) expect(auditResourceTypeLabel(text[lng], r), `${lng} ${r}`).not.toBe(r);
      for (const a of auditActions) expect(auditActionLabel(text[lng], a), `${lng} ${a}`).not.toBe(a);
    }
    expect(auditResourceTypeLabel(text.nl, 'household_export')).toBe('Inzage-export van een huishouden');
    expect(auditActionLabel(text.en, 'retention_purge')).toBe('Erased after the retention period');
  });

  it('shows codes it does not know as they are', () => {
    expect(auditActionLabel(text.nl, 'shred')).toBe('shred');
    expect(auditResourceTypeLabel(text.nl, 'paper_file')).toBe('paper_file');
    expect(auditResourceTypeLabel(text.nl, 'Not a code')).toBe('Not a code');
  });

  it('names who did it, or the system', () => {
    expect(auditActor(text.nl, { actorName: 'Anna de Vries', actorOrganisation: 'Woonstichting Oost' })).toBe('Anna de Vries (Woonstichting Oost)');
    expect(auditActor(text.nl, { actorName: 'Anna de Vries', actorOrganisation: null })).toBe('Anna de Vries');
    expect(auditActor(text.nl, { actorName: null, actorOrganisation: null })).toBe('Systeem');
    expect(auditActor(text.en, { actorName: null, actorOrganisation: 'x' })).toBe('System');
    // Nobody known tried to log in.
    expect(auditActor(text.nl, { actorName: null, actorOrganisation: null, resourceType: 'account' })).toBe('Onbekend');
  });
});

describe('formatAuditDetails', () => {
  it('says which personal data was read, with translated names', () => {
    expect(details('referral', { fields: ['question', 'name'] })).toBe('Gelezen: vraag van de bewoner, naam');
    expect(details('referral', { fields: ['address', 'question', 'email', 'question'] })).toBe('Gelezen: adres, vraag van de bewoner, e-mailadres');
    expect(details('referral', { fields: ['question', 'phone'] }, 'en')).toBe("Read: resident's question, phone number");
    expect(details('referral', { fields: ['shoeSize'] })).toBe('Gelezen: shoeSize');
  });

  it('writes other details as "name: value" with translated names and codes', () => {
    expect(details('referral', { partnerId: id, consentGivenOn: '2026-03-02', share: ['name', 'phone'] })).toBe(
      'Partnerorganisatie: 3f2b8c1e…; Toestemming gegeven op: 02-03-2026; Mag gedeeld worden: Naam, Telefoonnummer',
    );
    expect(details('action', { ownerId: id, dueOn: null, status: 'in_progress' })).toBe('Eigenaar: 3f2b8c1e…; Uiterlijk op: –; Status: Bezig');
    expect(details('referral', { outcome: 'helped' })).toBe('Uitkomst: Geholpen');
    expect(details('social_notes', { length: 120 })).toBe('Lengte (tekens): 120');
    expect(details('addresses_export', { format: 'csv', rows: 12 })).toBe('Formaat: csv; Rijen: 12');
    expect(details('household', { shareNeedsWithContractor: false })).toBe('Bewoner geeft toestemming om dit met de aannemer te delen: Nee');
  });

  it('keeps unknown keys, and shows timestamps in Amsterdam time', () => {
    expect(details('visit', { startsAt: '2026-03-02T09:30:00.000Z', weather: 'rain' })).toMatch(/^Datum en tijd: 2 maart 2026 (om )?10:30; weather: rain$/);
    expect(details('x', { toString: 'y' })).toBe('toString: y');
  });

  it('keeps it short: lists and objects as a count, long texts cut, at most five details', () => {
    expect(
      details('project_partners', {
        partners: [
          { organisationId: id, part: 'core' },
          { organisationId: id, part: 'chain' },
        ],
      }),
    ).toBe('Partners: 2 onderdelen');
    expect(details('address_groupings', { selection: { by: 'ids', count: 3 }, updated: 3 })).toBe('Selectie: (by: ids, Aantal: 3); Bijgewerkt: 3');
    expect(details('visit', { visitors: [] })).toBe('Bezoekers: Geen');
    const note = details('referral', { note: 'a'.repeat(200) });
    expect(note.length).toBeLessThan(80);
    expect(note.endsWith('…')).toBe(true);
    expect(details('x', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 })).toBe('a: 1; b: 2; c: 3; d: 4; e: 5; en nog 2');
  });

  it('says how a reset link went out and how a password was chosen, and whose account an event is about', () => {
    expect(details('account', { delivery: 'link' })).toBe('Link verstuurd: link via de beheerder');
    expect(details('account', { via: 'reset_link' }, 'en')).toBe('Via: with the one-time link');
    expect(auditSubjectLabel(text.nl, { resourceType: 'account', subjectName: 'Anna de Vries' })).toBe('Account: Anna de Vries');
    expect(auditSubjectLabel(text.nl, { resourceType: 'referral', subjectName: null })).toBe('Doorverwijzing');
  });

  it('shows a dash when there are no details', () => {
    expect(details('project', {})).toBe('–');
    expect(details('referral', { fields: [] })).toBe('–');
  });
});
