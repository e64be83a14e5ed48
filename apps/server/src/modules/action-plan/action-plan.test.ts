import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { pdfText } from '../../test/pdf-text.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

/** A project with a picture: a top 5 theme of each kind and a conversation about it with one outcome; a household living in the street. */
async function projectWithPicture() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    residents: { type: 'residents_group', role: 'resident_group' },
    builder: { type: 'contractor', role: 'site_manager' },
    policy: { type: 'municipality', role: 'policy_viewer' },
  });
  await newHousehold(db, (await newAddress(db, projectId, { street: 'Wolfskuil', houseNumber: 12 })).id, { name: 'Fam. Verhoeven' });
  const worker = await clientFor(t.app, db, people.worker.id);
  const picture = `/api/projects/${projectId}/picture`;
  const garden = (await worker.post(`${picture}/themes`, { name: 'Samen tuinieren', conditions: ['social_cohesion'], valence: 'promising' })).json()
    .id as string;
  const lonely = (await worker.post(`${picture}/themes`, { name: 'Weinig contact tussen buren', conditions: ['social_cohesion'], valence: 'concern' })).json()
    .id as string;
  const notTop = (await worker.post(`${picture}/themes`, { name: 'Parkeren', conditions: ['socio_economic_security'], valence: 'concern' })).json()
    .id as string;
  await worker.put(`${picture}/top-lists/promising`, { themeIds: [garden] });
  await worker.put(`${picture}/top-lists/concern`, { themeIds: [lonely] });
  const talked = await worker.post(`${picture}/conversations`, {
    heldOn: '2026-11-20',
    withWhom: 'Bewonersprojectgroep',
    outcomes: [{ text: 'Een buurtmaaltijd in het wijkcentrum.', themeIds: [lonely] }],
  });
  expect(talked.statusCode, talked.body).toBe(201);
  const outcomeId = talked.json().conversations[0].outcomes[0].id as string;
  return {
    projectId,
    base: `/api/projects/${projectId}/action-plan`,
    worker,
    residents: await clientFor(t.app, db, people.residents.id),
    builder: await clientFor(t.app, db, people.builder.id),
    policy: await clientFor(t.app, db, people.policy.id),
    themes: { garden, lonely, notTop },
    outcomeId,
  };
}

describe('the action plan', () => {
  it('is made by the team with the resident project group: goals in a concept, each review at its stage, published for the whole project', async () => {
    const { base, worker, residents, builder, themes, outcomeId } = await projectWithPicture();
    const started = await worker.post(`${base}/versions`, { title: 'Actieplan Wolfskuil', introduction: 'Wat we samen gaan doen.' });
    expect(started.statusCode, started.body).toBe(201);
    const concept = started.json().versions[0];
    expect(concept).toMatchObject({ version: 1, stage: 'concept', goals: [] });
    // One version under way at a time.
    expect((await worker.post(`${base}/versions`, { title: 'Nog een' })).statusCode).toBe(400);

    // The resident project group chooses from the top 5 themes and the outcomes, and proposes a goal in the concept.
    const sources = (await residents.get(`${base}/sources`)).json();
    expect(sources.themes.map((th: { id: string }) => th.id)).toEqual([themes.garden, themes.lonely]);
    expect(sources.outcomes).toEqual([expect.objectContaining({ id: outcomeId, text: 'Een buurtmaaltijd in het wijkcentrum.' })]);
    const goal = {
      kind: 'improve',
      title: 'Buren leren elkaar kennen',
      description: 'Elke maand samen eten.',
      themeIds: [themes.lonely],
      outcomeIds: [outcomeId],
    };
    const proposed = await residents.post(`${base}/versions/${concept.id}/goals`, goal);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const saved = proposed.json().versions[0].goals[0];
    expect(saved).toMatchObject({
      kind: 'improve',
      title: 'Buren leren elkaar kennen',
      themes: [{ id: themes.lonely, name: 'Weinig contact tussen buren' }],
      outcomes: [{ id: outcomeId }],
    });
    // Themes outside the top 5 lists are refused, naming the field.
    const offList = await residents.post(`${base}/versions/${concept.id}/goals`, { ...goal, themeIds: [themes.notTop] });
    expect(offList.statusCode).toBe(400);
    expect(offList.json().fields.map((f: { path: string }) => f.path)).toEqual(['themeIds.0']);
    // A text that names a household is refused at every write, the group's too.
    const naming = await residents.put(`${base}/versions/${concept.id}/goals/${saved.id}`, { ...goal, description: 'Fam. Verhoeven kookt.' });
    expect(naming.statusCode).toBe(400);
    expect(naming.json().fields.map((f: { path: string }) => f.path)).toEqual(['description']);
    // The group proposes an activity for its goal: it enters the register as proposed.
    const activity = await residents.post(`${base}/versions/${concept.id}/goals/${saved.id}/activities`, {
      kind: 'collective_activity',
      title: 'Buurtmaaltijd',
      place: 'Wijkcentrum',
    });
    expect(activity.statusCode, activity.body).toBe(201);
    expect(activity.json().versions[0].goals[0].activities).toEqual([
      expect.objectContaining({ title: 'Buurtmaaltijd', status: 'proposed', kind: 'collective_activity', place: 'Wijkcentrum' }),
    ]);
    const inRegister = await t.database.db.selectFrom('activities').where('title', '=', 'Buurtmaaltijd').select(['status']).execute();
    expect(inRegister).toEqual([{ status: 'proposed' }]);
    // The team adds a goal of the other kind.
    expect(
      (await worker.post(`${base}/versions/${concept.id}/goals`, { kind: 'strengthen', title: 'Meer samen tuinieren', themeIds: [themes.garden] })).statusCode,
    ).toBe(201);

    // The group does not review the team's stages; the team sends the concept on and records the outside reader.
    const early = await residents.post(`${base}/versions/${concept.id}/review`, { decision: 'approve' });
    expect(early.statusCode).toBe(400);
    expect((await worker.post(`${base}/versions/${concept.id}/review`, { decision: 'approve' })).json().versions[0].stage).toBe('outside_reader');
    // While with the outside reader, the group does not see the version, and nobody edits it.
    expect((await residents.get(base)).json().versions).toEqual([]);
    expect((await worker.post(`${base}/versions/${concept.id}/goals`, goal)).statusCode).toBe(400);
    expect(
      (await worker.post(`${base}/versions/${concept.id}/review`, { decision: 'approve', note: 'Gelezen door de buitenstaander.' })).json().versions[0].stage,
    ).toBe('resident_group');

    // The group records its own review: sent back with remarks (which may not identify anyone), then approved.
    const sendBackNaming = await residents.post(`${base}/versions/${concept.id}/review`, { decision: 'send_back', note: 'Vraag Fam. Verhoeven.' });
    expect(sendBackNaming.statusCode).toBe(400);
    expect(sendBackNaming.json().fields.map((f: { path: string }) => f.path)).toEqual(['note']);
    expect((await residents.post(`${base}/versions/${concept.id}/review`, { decision: 'send_back' })).statusCode).toBe(400);
    const back = await residents.post(`${base}/versions/${concept.id}/review`, { decision: 'send_back', note: 'Ook iets voor jongeren graag.' });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().versions[0]).toMatchObject({ stage: 'concept', mayEdit: true });
    await worker.post(`${base}/versions/${concept.id}/review`, { decision: 'approve' });
    await worker.post(`${base}/versions/${concept.id}/review`, { decision: 'approve' });
    const published = await residents.post(`${base}/versions/${concept.id}/review`, { decision: 'approve', note: 'Akkoord.' });
    expect(published.json().versions[0]).toMatchObject({ stage: 'published', mayEdit: false, mayReview: false });
    expect(published.json().versions[0].reviews.map((r: { stage: string; decision: string }) => `${r.stage}:${r.decision}`)).toEqual([
      'concept:approve',
      'outside_reader:approve',
      'resident_group:send_back',
      'concept:approve',
      'outside_reader:approve',
      'resident_group:approve',
    ]);

    // Published: not after publication can the group (or the team) propose a goal.
    const late = await residents.post(`${base}/versions/${concept.id}/goals`, goal);
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toMatch(/concept/);
    expect((await residents.post(`${base}/versions/${concept.id}/goals/${saved.id}/activities`, { kind: 'physical_change', title: 'Bankje' })).statusCode).toBe(
      400,
    );

    // The whole project reads the published plan, without the reviewers' remarks.
    const seen = (await builder.get(base)).json().versions;
    expect(seen).toHaveLength(1);
    expect(seen[0].goals.map((g: { title: string }) => g.title)).toEqual(['Buren leren elkaar kennen', 'Meer samen tuinieren']);
    expect(seen[0].reviews.every((r: { note: string }) => r.note === '')).toBe(true);
    // The next version starts from the published goals and their activities.
    const next = (await worker.post(`${base}/versions`, { title: 'Actieplan, tweede versie' })).json().versions[0];
    expect(next).toMatchObject({ version: 2, stage: 'concept' });
    expect(next.goals[0].activities.map((a: { title: string }) => a.title)).toEqual(['Buurtmaaltijd']);
    // The contractor sees no concept, and cannot write.
    expect((await builder.get(base)).json().versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect((await builder.post(`${base}/versions/${next.id}/goals`, goal)).statusCode).toBe(404);
  });

  it('gives a PDF with the goals and their activities and no name or address of a household; reach outside the team follows the small-cell rule', async () => {
    const { base, worker, policy, themes, outcomeId } = await projectWithPicture();
    const version = (await worker.post(`${base}/versions`, { title: 'Actieplan Wolfskuil' })).json().versions[0];
    const goal = (
      await worker.post(`${base}/versions/${version.id}/goals`, {
        kind: 'improve',
        title: 'Buren leren elkaar kennen',
        themeIds: [themes.lonely],
        outcomeIds: [outcomeId],
      })
    ).json().versions[0].goals[0];
    const planned = await worker.post(`${base}/versions/${version.id}/goals/${goal.id}/activities`, {
      kind: 'collective_activity',
      title: 'Soep van de bakfiets',
      place: 'Het pleintje',
    });
    const activityId = planned.json().versions[0].goals[0].activities[0].id as string;
    // Three participants: a count under the threshold.
    await t.database.db
      .insertInto('activity_reach')
      .values({ activity_id: activityId, held_on: '2026-11-28', participants: 3, first_timers: 1, note: '', created_by: null })
      .execute();
    expect((await worker.get(base)).json().versions[0].goals[0].activities[0].reach).toEqual({ participants: 3, firstTimers: 1 });
    for (let i = 0; i < 3; i++) await worker.post(`${base}/versions/${version.id}/review`, { decision: 'approve' });

    const shown = (await policy.get(base)).json().versions[0];
    expect(shown.stage).toBe('published');
    expect(shown.goals[0].activities[0].reach).toEqual({ participants: null, firstTimers: null });
    const { text, disposition } = await pdfText(policy, `${base}/versions/${version.id}/pdf`);
    expect(disposition).toContain('actieplan-v1.pdf');
    expect(text).toContain('Verbeteren wat aandacht nodig heeft');
    expect(text).toContain('Buren leren elkaar kennen');
    expect(text).toContain('Weinig contact tussen buren');
    expect(text).toContain('Een buurtmaaltijd in het wijkcentrum.');
    expect(text).toContain('Soep van de bakfiets');
    expect(text).toContain('Het pleintje');
    expect(text).toContain('te klein om te tonen');
    expect(text).not.toContain('Verhoeven');
    expect(text).not.toContain('Wolfskuil 12');
    expect(text).not.toMatch(/Niet gepubliceerd/);
  });
});
