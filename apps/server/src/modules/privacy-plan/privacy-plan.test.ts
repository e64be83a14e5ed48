import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsByRole, type ProjectPermission, type ProjectRole } from '@thuis/domain';
import { newAddress, newHousehold, newOrganisation, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { pdfText } from '../../test/pdf-text.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function newWorld(signed = false) {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(
    db,
    {
      leader: { type: 'corporation', role: 'project_leader', name: 'Sanne Leider' },
      consultant: { type: 'corporation', role: 'housing_consultant' },
      worker: { type: 'welfare', role: 'community_worker', name: 'Marieke Werker' },
      builder: { type: 'contractor', role: 'site_manager', name: 'Peter Bouwer' },
      partner: { type: 'neighbourhood_team', role: 'partner_contact' },
    },
    {},
    { signedPrivacyPlan: signed },
  );
  const names = new Map(
    (
      await db
        .selectFrom('organisations')
        .where(
          'id',
          'in',
          Object.values(people).map((p) => (p as { organisationId: string }).organisationId),
        )
        .select(['id', 'name'])
        .execute()
    ).map((o) => [o.id, o.name]),
  );
  const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 7 });
  await newHousehold(db, home.id, { name: 'Fam. Geheimhouden' });
  const client = async (key: keyof typeof people) => clientFor(t.app, db, people[key].id);
  const orgName = (key: keyof typeof people) => names.get(people[key].organisationId)!;
  return {
    projectId,
    people,
    home,
    orgName,
    leader: await client('leader'),
    consultant: await client('consultant'),
    worker: await client('worker'),
    builder: await client('builder'),
    partner: await client('partner'),
  };
}
type World = Awaited<ReturnType<typeof newWorld>>;

let slot = 0;
const planVisit = (w: World) =>
  w.leader.post(`/api/projects/${w.projectId}/visits`, {
    addressId: w.home.id,
    kind: 'joint_intake',
    startsAt: `2026-12-${String(1 + (++slot % 27)).padStart(2, '0')}T09:30`,
    visitorIds: [w.people.builder.id, w.people.worker.id],
  });
const plan = async (w: World) => (await w.leader.get(`/api/projects/${w.projectId}/privacy-plan`)).json();
const sign = async (client: World['leader'], w: World) =>
  client.post(`/api/projects/${w.projectId}/privacy-plan/sign-offs`, { versionHash: (await plan(w)).versionHash });

describe('the privacy plan before the visits', () => {
  it('refuses to plan a visit until every core party signed, naming who has not', async () => {
    const w = await newWorld();
    const refused = await planVisit(w);
    expect(refused.statusCode).toBe(409);
    const version = (await plan(w)).versionHash.slice(0, 8);
    expect(refused.json().message).toBe(
      `Er kunnen nog geen bezoeken worden gepland: het privacyplan (versie ${version}) is nog niet getekend door ${[w.orgName('leader'), w.orgName('worker'), w.orgName('builder')].sort((a, b) => a.localeCompare(b, 'nl')).join(', ')}.`,
    );
    expect((await sign(w.leader, w)).statusCode).toBe(201);
    expect((await sign(w.worker, w)).statusCode).toBe(201);
    const stillRefused = await planVisit(w);
    expect(stillRefused.statusCode).toBe(409);
    expect(stillRefused.json().message).toContain(`getekend door ${w.orgName('builder')}.`);
    expect(stillRefused.json().message).not.toContain(w.orgName('leader'));
    expect((await sign(w.builder, w)).statusCode).toBe(201);
    expect((await planVisit(w)).statusCode).toBe(201);
    expect(await t.database.db.selectFrom('visits').where('project_id', '=', w.projectId).select('id').execute()).toHaveLength(1);
  });

  it('records who signed which version for which organisation, audited, once per organisation', async () => {
    const w = await newWorld();
    const signed = (await sign(w.leader, w)).json();
    const corporation = signed.parties.find((p: { organisationId: string }) => p.organisationId === w.people.leader.organisationId);
    expect(corporation.current).toMatchObject({ signedBy: 'Sanne Leider', versionHash: signed.versionHash });
    expect(signed.complete).toBe(false);
    // A colleague of the same corporation has nothing left to sign; signing again changes nothing.
    expect((await w.consultant.get(`/api/projects/${w.projectId}/privacy-plan`)).json().canSign).toBe(false);
    expect((await w.worker.get(`/api/projects/${w.projectId}/privacy-plan`)).json().canSign).toBe(true);
    expect((await sign(w.consultant, w)).statusCode).toBe(201);
    const rows = await t.database.db.selectFrom('privacy_plan_signoffs').where('project_id', '=', w.projectId).selectAll().execute();
    expect(rows).toHaveLength(1);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'privacy_plan_signoff')
      .select(['actor_user_id', 'details'])
      .execute();
    expect(audit).toEqual([
      { actor_user_id: w.people.leader.id, details: { organisationId: w.people.leader.organisationId, versionHash: signed.versionHash } },
    ]);
  });

  it('refuses a version the signer did not read, and a partner outside the core', async () => {
    const w = await newWorld();
    const stale = await w.leader.post(`/api/projects/${w.projectId}/privacy-plan/sign-offs`, { versionHash: 'a'.repeat(64) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toBe('Het privacyplan is intussen veranderd. Lees de nieuwe versie en teken opnieuw.');
    expect((await sign(w.partner, w)).statusCode).toBe(404);
    expect(await t.database.db.selectFrom('privacy_plan_signoffs').where('project_id', '=', w.projectId).selectAll().execute()).toEqual([]);
  });

  it('makes a new version when the partners change: signatures are needed again before the next visit', async () => {
    const w = await newWorld(true);
    expect((await plan(w)).complete).toBe(true);
    expect((await planVisit(w)).statusCode).toBe(201);
    const before = (await plan(w)).versionHash;
    const debtHelp = await newOrganisation(t.database.db, { type: 'care_partner', name: 'Schuldhulp Noord' });
    const partners = (await w.leader.get(`/api/projects/${w.projectId}/partners`)).json().partners.map((p: { organisationId: string; part: string }) => ({
      organisationId: p.organisationId,
      part: p.part,
    }));
    expect(
      (await w.leader.put(`/api/projects/${w.projectId}/partners`, { partners: [...partners, { organisationId: debtHelp.id, part: 'chain' }] })).statusCode,
    ).toBe(200);
    const after = await plan(w);
    expect(after.versionHash).not.toBe(before);
    expect(JSON.stringify(after.sections)).toContain('Schuldhulp Noord');
    expect(after.complete).toBe(false);
    expect(after.parties.every((p: { current: unknown; earlier: { versionHash: string } }) => p.current === null && p.earlier.versionHash === before)).toBe(
      true,
    );
    expect((await planVisit(w)).statusCode).toBe(409);
  });

  it('makes a new version when the role table changes', async () => {
    const w = await newWorld(true);
    const before = (await plan(w)).versionHash;
    const table = permissionsByRole as Record<ProjectRole, readonly ProjectPermission[]>;
    const original = table.site_manager;
    table.site_manager = [...original, 'households.contacts.read'];
    try {
      const after = await plan(w);
      expect(after.versionHash).not.toBe(before);
      expect(after.complete).toBe(false);
      expect((await planVisit(w)).statusCode).toBe(409);
    } finally {
      table.site_manager = original;
    }
    expect((await plan(w)).versionHash).toBe(before);
  });

  it('keeps the privacy contact and retention period as project settings of the plan, for the project leader', async () => {
    const w = await newWorld(true);
    const settings = { privacyContactName: 'Privacyloket', privacyContactEmail: 'privacy@example.nl', retentionMonths: 36 };
    expect((await w.worker.put(`/api/projects/${w.projectId}/privacy-plan/settings`, settings)).statusCode).toBe(404);
    const saved = await w.leader.put(`/api/projects/${w.projectId}/privacy-plan/settings`, settings);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ settings: { ...settings, effectiveRetentionMonths: 36 }, erasedAfter: '2030-12-31', complete: false });
    expect(JSON.stringify(saved.json().sections)).toContain('"months":36');
    const wrong = await w.leader.put(`/api/projects/${w.projectId}/privacy-plan/settings`, {
      ...settings,
      privacyContactName: 'Fam. Geheimhouden',
      retentionMonths: 0,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields.map((f: { path: string }) => f.path)).toEqual(['retentionMonths']);
    const resident = await w.leader.put(`/api/projects/${w.projectId}/privacy-plan/settings`, { ...settings, privacyContactName: 'Fam. Geheimhouden' });
    expect(resident.statusCode).toBe(400);
    expect(resident.json().fields[0].path).toBe('privacyContactName');
  });

  it('prints the leaflet from the same plan, in Dutch or English', async () => {
    const w = await newWorld(true);
    await w.leader.put(`/api/projects/${w.projectId}/privacy-plan/settings`, {
      privacyContactName: 'Privacyloket',
      privacyContactEmail: 'privacy@example.nl',
      retentionMonths: null,
    });
    const version = (await plan(w)).versionHash.slice(0, 8);
    const nl = await pdfText(w.builder, `/api/projects/${w.projectId}/privacy-plan/leaflet?lang=nl`);
    expect(nl.pages).toBe(1);
    expect(nl.text).toContain('Wat gebeurt er met uw verhaal?');
    expect(nl.text).toContain(`${w.orgName('builder')}: uw adres, wanneer we langskomen.`);
    expect(nl.text).toContain(`${w.orgName('partner')}: alleen wat u zelf wilt delen als u hulp van hen krijgt.`);
    expect(nl.text).toContain('na 24 maanden');
    expect(nl.text).toContain('Neem contact op met Privacyloket: privacy@example.nl.');
    expect(nl.text).toContain(`versie ${version}`);
    const en = await pdfText(w.builder, `/api/projects/${w.projectId}/privacy-plan/leaflet?lang=en`);
    expect(en.text).toContain('What happens with your story?');
  });
});

describe('the fit check', () => {
  const answers = {
    worksKinds: ['major_maintenance_occupied'],
    inhabitedSharePercent: 40,
    relocationOrDemolitionOnly: false,
    socialIssues: 'yes',
    partnersAvailable: ['corporation', 'welfare', 'contractor'],
    decision: 'go_with_conditions',
    notes: 'Eerst een bewonersavond per blok.',
    decidedOn: '2026-01-10',
  };

  it('is recorded by the project leader with who decided, and read by the whole project with the advice', async () => {
    const w = await newWorld(true);
    expect((await w.builder.get(`/api/projects/${w.projectId}/fit-check`)).json()).toEqual({ fitCheck: null });
    expect((await w.consultant.put(`/api/projects/${w.projectId}/fit-check`, answers)).statusCode).toBe(404);
    expect((await w.leader.put(`/api/projects/${w.projectId}/fit-check`, answers)).statusCode).toBe(200);
    expect((await w.builder.get(`/api/projects/${w.projectId}/fit-check`)).json().fitCheck).toEqual({
      ...answers,
      decidedBy: 'Sanne Leider',
      advice: 'go_with_conditions',
      concerns: ['fitCheck.concerns.fewInhabited'],
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'fit_check')
      .select('action')
      .execute();
    expect(audit).toEqual([{ action: 'update' }]);
  });

  it('names the field of a wrong answer and keeps a resident out of the notes, changing nothing', async () => {
    const w = await newWorld(true);
    const noConditions = await w.leader.put(`/api/projects/${w.projectId}/fit-check`, { ...answers, notes: '' });
    expect(noConditions.json().fields).toEqual([{ path: 'notes', message: 'Toelichting: schrijf bij "ja, onder voorwaarden" de voorwaarden op.' }]);
    const named = await w.leader.put(`/api/projects/${w.projectId}/fit-check`, { ...answers, notes: 'Bel 06 12345678 voor de sleutel.' });
    expect(named.statusCode).toBe(400);
    expect(named.json().fields[0].path).toBe('notes');
    expect((await w.leader.get(`/api/projects/${w.projectId}/fit-check`)).json()).toEqual({ fitCheck: null });
  });
});
