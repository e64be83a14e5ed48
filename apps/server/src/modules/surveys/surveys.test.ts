import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newSurveyLink, newSurveyRound, newTeamProject } from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
import { createAccess } from '../../platform/access/access.js';
import { loadConfig } from '../../config.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { issueSurveyLinks } from './survey-links.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

async function world() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    leader: { type: 'corporation', role: 'project_leader' },
    builder: { type: 'contractor', role: 'site_manager' },
    residents: { type: 'residents_group', role: 'resident_group' },
    policy: { type: 'municipality', role: 'policy_viewer' },
  });
  const phase = await newBuildingPhase(db, projectId, { name: 'Fase 1' });
  const client = (id: string) => clientFor(t.app, db, id);
  return {
    db,
    projectId,
    people,
    phase,
    worker: await client(people.worker.id),
    builder: await client(people.builder.id),
    residents: await client(people.residents.id),
    policy: await client(people.policy.id),
  };
}
const responseCount = async (roundId: string) =>
  Number(
    (
      await t.database.db
        .selectFrom('survey_responses')
        .where('round_id', '=', roundId)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('survey versions and rounds', () => {
  it('starts with the two built-in surveys, versions a change, and shows counts to the social team only', async () => {
    const { projectId, worker, residents, phase, builder } = await world();
    const overview = (await worker.get(`/api/projects/${projectId}/surveys`)).json();
    expect(overview.versions.map((v: { template: string; version: number }) => [v.template, v.version])).toEqual([
      ['kto', 1],
      ['wijkwaarden', 1],
    ]);
    const kto = overview.versions.find((v: { template: string }) => v.template === 'kto');
    const changed = { ...kto.definition, questions: kto.definition.questions.slice(0, 3) };
    const saved = await worker.post(`/api/projects/${projectId}/surveys/versions`, { template: 'kto', definition: changed });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ template: 'kto', version: 2 });
    const round = await worker.post(`/api/projects/${projectId}/surveys/rounds`, {
      surveyVersionId: saved.json().id,
      buildingPhaseId: phase.id,
      opensOn: '2026-01-01',
      closesOn: '2099-01-31',
    });
    expect(round.statusCode, round.body).toBe(201);
    expect(round.json()).toMatchObject({ template: 'kto', version: 2, buildingPhaseName: 'Fase 1', responses: 0 });
    const seen = (await residents.get(`/api/projects/${projectId}/surveys`)).json();
    expect(seen.rounds[0]).toMatchObject({ id: round.json().id, responses: null, linksIssued: null });
    expect(
      (
        await residents.post(`/api/projects/${projectId}/surveys/rounds`, {
          surveyVersionId: saved.json().id,
          buildingPhaseId: null,
          opensOn: '2026-01-01',
          closesOn: '2026-01-31',
        })
      ).statusCode,
    ).toBe(404);
    expect((await builder.get(`/api/projects/${projectId}/surveys/rounds/${round.json().id}/responses`)).statusCode).toBe(404);
  });

  it('refuses a version or building phase of another project', async () => {
    const a = await world();
    const b = await world();
    const version = (await b.worker.get(`/api/projects/${b.projectId}/surveys`)).json().versions[0];
    const refused = await a.worker.post(`/api/projects/${a.projectId}/surveys/rounds`, {
      surveyVersionId: version.id,
      buildingPhaseId: b.phase.id,
      opensOn: '2026-01-01',
      closesOn: '2026-01-31',
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['buildingPhaseId', 'surveyVersionId']);
    const roundOfB = await newSurveyRound(t.database.db, b.projectId);
    expect((await a.worker.get(`/api/projects/${a.projectId}/surveys/rounds/${roundOfB.id}`)).statusCode).toBe(404);
  });
});

describe('answering on the tablet', () => {
  it('stores the answers with the round and phase only, and checks them against the version', async () => {
    const { db, projectId, worker, builder, phase } = await world();
    const round = await newSurveyRound(db, projectId, { buildingPhaseId: phase.id });
    const url = `/api/projects/${projectId}/surveys/rounds/${round.id}/responses`;
    expect((await worker.post(url, { answers: { works_satisfaction: 8, informed: 'yes' } })).statusCode).toBe(201);
    const bad = await worker.post(url, { answers: { works_satisfaction: 12, name: 'Jan' } });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['answers.name', 'answers.works_satisfaction']);
    expect((await builder.post(url, { answers: {} })).statusCode).toBe(404);
    const rows = await db.selectFrom('survey_responses').where('round_id', '=', round.id).selectAll().execute();
    expect(rows).toHaveLength(1);
    // Nothing that could point at a household, a visit, a user or the caller.
    expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'building_phase_id', 'channel', 'id', 'round_id', 'submitted_on']);
    expect(rows[0]).toMatchObject({ building_phase_id: phase.id, channel: 'tablet', answers: { works_satisfaction: 8, informed: 'yes' } });
    const listed = (await worker.get(url)).json();
    expect(listed.responses).toHaveLength(1);
  });

  it('refuses answers outside the period of the round', async () => {
    const { db, projectId, worker } = await world();
    const round = await newSurveyRound(db, projectId, { opensOn: '2020-01-01', closesOn: '2020-02-01' });
    const refused = await worker.post(`/api/projects/${projectId}/surveys/rounds/${round.id}/responses`, { answers: { works_satisfaction: 8 } });
    expect(refused.statusCode).toBe(409);
    expect(await responseCount(round.id)).toBe(0);
  });
});

describe("a resident's link", () => {
  it('issues one link per household living in the phase, keeps only its hash, and opens the questions without a log-in', async () => {
    const { db, projectId, people, phase } = await world();
    const inPhase = await Promise.all([1, 2].map(async () => newHousehold(db, (await newAddress(db, projectId, { buildingPhaseId: phase.id })).id)));
    await newHousehold(db, (await newAddress(db, projectId, { buildingPhaseId: phase.id })).id, { movedOutOn: '2020-01-01' });
    await newHousehold(db, (await newAddress(db, projectId)).id);
    const round = await newSurveyRound(db, projectId, { buildingPhaseId: phase.id });
    const links = await issueSurveyLinks(
      { db, access: createAccess(db), config: loadConfig({}) },
      {
        actor: { userId: people.worker.id, organisationId: people.worker.organisationId, isAdmin: false, canCreateProjects: false },
        projectId,
        roundId: round.id,
      },
    );
    expect(links.map((l) => l.householdId).sort()).toEqual(inPhase.map((h) => h.id).sort());
    const stored = await db.selectFrom('survey_links').where('round_id', '=', round.id).select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(links[0]!.token);
    const anonymous = new TestClient(t.app);
    const opened = await anonymous.post('/api/survey-links/open', { token: links[0]!.token });
    expect(opened.statusCode).toBe(200);
    expect(opened.json().definition.questions.map((q: { key: string }) => q.key)).toContain('neighbourhood_satisfaction');
  });

  it('stores one response; a second response through the same link is refused and stores nothing', async () => {
    const { db, projectId, phase } = await world();
    const household = await newHousehold(db, (await newAddress(db, projectId, { buildingPhaseId: phase.id })).id);
    const round = await newSurveyRound(db, projectId, { buildingPhaseId: phase.id });
    const token = await newSurveyLink(db, round.id, household.id);
    const resident = new TestClient(t.app);
    const first = await resident.post('/api/survey-links/respond', { token, answers: { works_satisfaction: 9, recommend: 'yes' } });
    expect(first.statusCode, first.body).toBe(201);
    const second = await resident.post('/api/survey-links/respond', { token, answers: { works_satisfaction: 2 } });
    expect(second.statusCode).toBe(400);
    expect(second.json().message).toMatch(/al gebruikt/);
    expect((await resident.post('/api/survey-links/open', { token })).statusCode).toBe(400);
    const rows = await db.selectFrom('survey_responses').where('round_id', '=', round.id).selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'link', answers: { works_satisfaction: 9, recommend: 'yes' } });
    expect(JSON.stringify(rows[0])).not.toContain(household.id);
  });

  it('stores exactly one response when the same link is submitted twice at once', async () => {
    const { db, projectId } = await world();
    for (let attempt = 0; attempt < 3; attempt++) {
      const household = await newHousehold(db, (await newAddress(db, projectId)).id);
      const round = await newSurveyRound(db, projectId);
      const token = await newSurveyLink(db, round.id, household.id);
      const [a, b] = [new TestClient(t.app), new TestClient(t.app)];
      await Promise.all([a.refreshCsrf(), b.refreshCsrf()]);
      const answers = await Promise.all([a, b].map((c) => c.post('/api/survey-links/respond', { token, answers: { works_satisfaction: 7 } })));
      expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 400]);
      expect(await responseCount(round.id)).toBe(1);
    }
  });

  it('refuses an expired link or one of a round not yet open, and stores nothing; invalid answers do not use the link', async () => {
    const { db, projectId } = await world();
    const household = await newHousehold(db, (await newAddress(db, projectId)).id);
    const round = await newSurveyRound(db, projectId);
    const expired = await newSurveyLink(db, round.id, household.id, { expiresAt: new Date(Date.now() - 1000) });
    const resident = new TestClient(t.app);
    expect((await resident.post('/api/survey-links/respond', { token: expired, answers: { works_satisfaction: 7 } })).statusCode).toBe(400);
    expect((await resident.post('/api/survey-links/open', { token: expired })).statusCode).toBe(400);
    const other = await newHousehold(db, (await newAddress(db, projectId)).id);
    const working = await newSurveyLink(db, round.id, other.id);
    expect((await resident.post('/api/survey-links/respond', { token: working, answers: { works_satisfaction: 70 } })).statusCode).toBe(400);
    expect(await responseCount(round.id)).toBe(0);
    expect((await resident.post('/api/survey-links/respond', { token: working, answers: { works_satisfaction: 7 } })).statusCode).toBe(201);
    // A link of a round that has not opened yet does not work yet.
    const later = await newSurveyRound(db, projectId, { opensOn: '2099-01-01', closesOn: '2099-02-01' });
    const early = await newSurveyLink(db, later.id, other.id);
    expect((await resident.post('/api/survey-links/open', { token: early })).statusCode).toBe(400);
    expect((await resident.post('/api/survey-links/respond', { token: early, answers: { works_satisfaction: 7 } })).statusCode).toBe(400);
    expect(await responseCount(later.id)).toBe(0);
  });

  it('throttles guessing by the caller’s address', async () => {
    const guesser = new TestClient(t.app);
    const from = { remoteAddress: '10.13.0.1' };
    let last = 0;
    for (let i = 0; i < 51; i++)
      last = (await guesser.request({ method: 'POST', url: '/api/survey-links/open', payload: { token: `guess-${i}-xxxxxxxxxxxxxxxxxxxxxxxx` }, ...from }))
        .statusCode;
    expect(last).toBe(429);
    // Someone else is not affected.
    expect((await new TestClient(t.app).post('/api/survey-links/open', { token: 'another-guess-xxxxxxxxxxxxxxxx' })).statusCode).toBe(400);
  });
});

describe('letters with the links', () => {
  it('prints a letter per household with its link as text and QR code, keeps no secret, and does not tell who answered', async () => {
    const { db, projectId, worker, builder, phase } = await world();
    const households = await Promise.all(
      [11, 12, 13].map(async (n) =>
        newHousehold(db, (await newAddress(db, projectId, { buildingPhaseId: phase.id, street: 'Spoorstraat', houseNumber: n })).id, {
          name: 'Naam Nooitopbrief',
        }),
      ),
    );
    const round = await newSurveyRound(db, projectId, { buildingPhaseId: phase.id, closesOn: '2099-06-30' });
    // One household already answered through an earlier link: its letter looks the same, but its link does not work.
    const oldToken = await newSurveyLink(db, round.id, households[0]!.id);
    expect((await new TestClient(t.app).post('/api/survey-links/respond', { token: oldToken, answers: { works_satisfaction: 8 } })).statusCode).toBe(201);
    const url = `/api/projects/${projectId}/surveys/rounds/${round.id}/letters`;
    expect((await builder.post(url)).statusCode).toBe(404);
    const response = await worker.post(url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const parsed = await new PDFParse({ data: new Uint8Array(response.rawPayload) }).getText();
    const text = parsed.text.replace(/\s+/g, ' ');
    expect(parsed.pages.length).toBe(3);
    for (const n of [11, 12, 13]) expect(text).toContain(`De bewoners van Spoorstraat ${n}`);
    expect(text).toContain('30 juni 2099');
    expect(text).not.toContain('Nooitopbrief');
    const tokens = [...text.matchAll(/\/s#([A-Za-z0-9_-]{43})/g)].map((m) => m[1]!);
    expect(tokens).toHaveLength(3);
    const stored = await db.selectFrom('survey_links').where('round_id', '=', round.id).select('token_hash').execute();
    for (const token of tokens) expect(stored.map((s) => s.token_hash)).not.toContain(token);
    // The printed links of the two that did not answer work; the one of the household that did, does not.
    const opened = await Promise.all(tokens.map(async (token) => (await new TestClient(t.app).post('/api/survey-links/open', { token })).statusCode));
    expect(opened).toEqual([400, 200, 200]);
    // A second set of letters makes the first set's links stop working.
    await worker.post(url);
    expect((await new TestClient(t.app).post('/api/survey-links/open', { token: tokens[1]! })).statusCode).toBe(400);
  });
});

describe('survey results', () => {
  it('shows the project, resident group and policy the time series under the small-cell rule, and start against end', async () => {
    const { db, projectId, worker, residents, policy, builder, phase } = await world();
    const phase2 = await newBuildingPhase(db, projectId, { name: 'Fase 2' });
    const first = await newSurveyRound(db, projectId, { buildingPhaseId: phase.id, opensOn: '2024-01-01' });
    const second = await newSurveyRound(db, projectId, { buildingPhaseId: phase2.id, opensOn: '2025-01-01' });
    for (let i = 0; i < 10; i++)
      await worker.post(`/api/projects/${projectId}/surveys/rounds/${first.id}/responses`, { answers: { neighbourhood_satisfaction: 6 + (i % 2) } });
    // Four households in phase 2: never shown.
    for (let i = 0; i < 4; i++)
      await worker.post(`/api/projects/${projectId}/surveys/rounds/${second.id}/responses`, { answers: { neighbourhood_satisfaction: 9 } });
    for (const reader of [residents, policy, builder]) {
      const results = await reader.get(`/api/projects/${projectId}/surveys/results`);
      expect(results.statusCode).toBe(200);
      const series = results.json().questions.find((q: { key: string }) => q.key === 'neighbourhood_satisfaction').series;
      const p1 = series.find((s: { group: string }) => s.group === phase.id).points;
      expect(p1).toEqual([expect.objectContaining({ roundId: first.id, answered: 10, mean: 6.5 })]);
      const p2 = series.find((s: { group: string }) => s.group === phase2.id).points;
      expect(p2).toEqual([expect.objectContaining({ roundId: second.id, answered: null, mean: null })]);
      expect(results.json().rounds.find((r: { id: string }) => r.id === second.id).responses).toBeNull();
    }
    // Reading again publishes nothing new; a change publishes a new version.
    const publications = async () =>
      Number(
        (
          await db
            .selectFrom('survey_result_publications')
            .where('project_id', '=', projectId)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await publications()).toBe(1);
    await worker.post(`/api/projects/${projectId}/surveys/rounds/${first.id}/responses`, { answers: { neighbourhood_satisfaction: 10 } });
    // Two readers at once publish one new version, and both see it.
    const [after, other] = (
      await Promise.all([residents.get(`/api/projects/${projectId}/surveys/results`), policy.get(`/api/projects/${projectId}/surveys/results`)])
    ).map((r) => r.json());
    expect(await publications()).toBe(2);
    expect(other).toEqual(after);
    // One more household since the last version: the changed count is hidden, not 11.
    const p1After = after.questions
      .find((q: { key: string }) => q.key === 'neighbourhood_satisfaction')
      .series.find((s: { group: string }) => s.group === phase.id).points[0];
    expect(p1After.answered).toBeNull();
  });
});

describe('saving a new survey version from the editor', () => {
  const versionsOf = (db: Awaited<ReturnType<typeof world>>['db'], projectId: string) =>
    db.selectFrom('survey_versions').where('project_id', '=', projectId).where('template', '=', 'kto').select('version').orderBy('version').execute();

  it('refuses a version that changes nothing, whatever the order of its fields', async () => {
    const { db, projectId, worker } = await world();
    const kto = (await worker.get(`/api/projects/${projectId}/surveys`)).json().versions.find((v: { template: string }) => v.template === 'kto');
    const reordered = { questions: kto.definition.questions, intro: kto.definition.intro, title: { en: kto.definition.title.en, nl: kto.definition.title.nl } };
    const same = await worker.post(`/api/projects/${projectId}/surveys/versions`, { template: 'kto', definition: reordered });
    expect(same.statusCode).toBe(409);
    expect(same.json().message).toMatch(/niets veranderd/);
    expect(await versionsOf(db, projectId)).toEqual([{ version: 1 }]);
    const changed = await worker.post(`/api/projects/${projectId}/surveys/versions`, {
      template: 'kto',
      definition: { ...reordered, title: { nl: 'KTO fase 2', en: '' } },
    });
    expect(changed.statusCode).toBe(201);
    expect(await versionsOf(db, projectId)).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('keeps the meaning of an answered key, names the question, and lets a question go while its round keeps its version', async () => {
    const { db, projectId, worker } = await world();
    const round = await newSurveyRound(db, projectId);
    expect((await worker.post(`/api/projects/${projectId}/surveys/rounds/${round.id}/responses`, { answers: { works_satisfaction: 8 } })).statusCode).toBe(201);
    const kto = (await worker.get(`/api/projects/${projectId}/surveys`)).json().versions.find((v: { template: string }) => v.template === 'kto');
    const [first, ...rest] = kto.definition.questions;
    const asChoice = {
      kind: 'choice',
      key: first.key,
      label: first.label,
      required: false,
      options: [
        { key: 'yes', label: { nl: 'ja', en: 'yes' } },
        { key: 'no', label: { nl: 'nee', en: 'no' } },
      ],
    };
    const url = `/api/projects/${projectId}/surveys/versions`;
    const kind = await worker.post(url, { template: 'kto', definition: { ...kto.definition, questions: [asChoice, ...rest] } });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().fields).toEqual([
      {
        path: 'definition.questions.0.kind',
        message: expect.stringMatching(/^Vraag 1 \(Hoe tevreden bent u over de werkzaamheden\?\): de sleutel works_satisfaction is in een eerdere ronde/),
      },
    ]);
    const scale = await worker.post(url, { template: 'kto', definition: { ...kto.definition, questions: [{ ...first, max: 5 }, ...rest] } });
    expect(scale.statusCode).toBe(400);
    expect(scale.json().fields.map((f: { path: string }) => f.path)).toEqual(['definition.questions.0.max']);
    // In English when asked so.
    const english = await worker.request({
      method: 'POST',
      url,
      payload: { template: 'kto', definition: { ...kto.definition, questions: [{ ...first, max: 5 }, ...rest] } },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().fields[0].message).toMatch(
      /^Question 1 \(How satisfied are you with the works\?\): the key works_satisfaction was answered on a scale of 1 to 10/,
    );
    // A new meaning under a new key is fine; so is leaving the answered question out.
    const fresh = await worker.post(url, {
      template: 'kto',
      definition: { ...kto.definition, questions: [{ ...first, key: 'works_satisfaction_5', max: 5 }, ...rest] },
    });
    expect(fresh.statusCode, fresh.body).toBe(201);
    expect((await worker.post(url, { template: 'kto', definition: { ...kto.definition, questions: rest } })).statusCode).toBe(201);
    expect(await versionsOf(db, projectId)).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    const overview = (await worker.get(`/api/projects/${projectId}/surveys`)).json();
    expect(overview.rounds.find((r: { id: string }) => r.id === round.id)).toMatchObject({ version: 1 });
  });

  it('keeps the scale of a key shared with the door registration, even before any answer', async () => {
    const { projectId, worker } = await world();
    const kto = (await worker.get(`/api/projects/${projectId}/surveys`)).json().versions.find((v: { template: string }) => v.template === 'kto');
    const questions = kto.definition.questions.map((q: { key: string }) => (q.key === 'neighbourhood_satisfaction' ? { ...q, max: 5 } : q));
    const refused = await worker.post(`/api/projects/${projectId}/surveys/versions`, { template: 'kto', definition: { ...kto.definition, questions } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([{ path: 'definition.questions.2.max', message: expect.stringMatching(/vergelijkt met de deurregistratie/) }]);
  });
});
