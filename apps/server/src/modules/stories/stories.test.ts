import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActivity, newAddress, newHousehold, newStory, newStoryRound, newTeamProject, newTheme } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function world() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker', name: 'Wendy Opbouw' },
    leader: { type: 'corporation', role: 'project_leader' },
    builder: { type: 'contractor', role: 'site_manager' },
    residents: { type: 'residents_group', role: 'resident_group' },
    policy: { type: 'municipality', role: 'policy_viewer' },
  });
  return {
    db,
    projectId,
    people,
    worker: await clientFor(t.app, db, people.worker.id),
    builder: await clientFor(t.app, db, people.builder.id),
    residents: await clientFor(t.app, db, people.residents.id),
    policy: await clientFor(t.app, db, people.policy.id),
  };
}

const storyBody = (overrides: Record<string, unknown> = {}) => ({
  tellerKind: 'resident',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  storyTitle: 'Weer een praatje bij de bankjes',
  storyText: 'Sinds de bankjes er staan, drink ik op woensdag koffie met buren die ik eerst niet kende.',
  storyWhy: 'Ik was veel alleen na de verhuizing; nu voel ik me weer thuis in de straat.',
  ...overrides,
});

describe('MSC stories', () => {
  it('records a story with its teller kind, period, activity and theme, for the social team', async () => {
    const { db, projectId, worker } = await world();
    const activity = await newActivity(db, projectId, { title: 'Bankjes in het hofje' });
    const theme = await newTheme(db, projectId, { name: 'Ontmoeting in de buurt' });
    const created = await worker.post(`/api/projects/${projectId}/stories`, storyBody({ activityId: activity.id, themeId: theme.id }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      tellerKind: 'resident',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      activity: { id: activity.id, title: 'Bankjes in het hofje' },
      theme: { id: theme.id, name: 'Ontmoeting in de buurt' },
      storyTitle: 'Weer een praatje bij de bankjes',
      selections: [],
    });
    const list = await worker.get(`/api/projects/${projectId}/stories`);
    expect(list.json()).toMatchObject({ total: 1, scope: 'all', stories: [{ id: created.json().id }] });
    // Reading raw stories leaves one audit entry naming them.
    const audit = await db
      .selectFrom('audit_log')
      .where('project_id', '=', projectId)
      .where('resource_type', '=', 'msc_story')
      .where('action', '=', 'read')
      .select('details')
      .execute();
    expect(audit).toHaveLength(1);
    // The comparison sets the story's theme against its kind of teller.
    expect((await worker.get(`/api/projects/${projectId}/stories/comparison`)).json().byTheme).toEqual([
      { themeId: theme.id, themeName: 'Ontmoeting in de buurt', counts: [1, 0, 0, 0, 0], total: 1 },
    ]);
  });

  it("refuses a resident's name or street in the story, why or title, naming the field, and stores nothing", async () => {
    const { db, projectId, worker } = await world();
    const home = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: 12 });
    await newHousehold(db, home.id, { name: 'Gerda Jansen' });
    const response = await worker.post(
      `/api/projects/${projectId}/stories`,
      storyBody({ storyText: 'Gerda Jansen kwam eindelijk weer naar buiten.', storyWhy: 'Spoorstraat 12 is nu een gezellig adres.' }),
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['storyText', 'storyWhy']);
    expect(fields.find((f) => f.path === 'storyText')!.message).toMatch(/^Verhaal: .*Gerda Jansen/);
    expect(await db.selectFrom('msc_stories').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
    // On a change too.
    const own = await newStory(db, projectId);
    const update = await worker.put(`/api/projects/${projectId}/stories/${own.id}`, storyBody({ storyTitle: 'Bij Gerda Jansen' }));
    expect(update.statusCode).toBe(400);
    expect(update.json().fields.map((f: { path: string }) => f.path)).toEqual(['storyTitle']);
  });

  it('refuses an activity or theme of another project', async () => {
    const { db, projectId, worker } = await world();
    const other = await world();
    const response = await worker.post(
      `/api/projects/${projectId}/stories`,
      storyBody({ activityId: (await newActivity(db, other.projectId)).id, themeId: (await newTheme(db, other.projectId)).id }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['activityId', 'themeId']);
  });

  it('holds a selection round: the group, date, participants, the stories read and the selected ones with why', async () => {
    const { db, projectId, worker } = await world();
    const resident = await newStory(db, projectId, { tellerKind: 'resident', title: 'Koffie op woensdag' });
    const professional = await newStory(db, projectId, { tellerKind: 'welfare_professional', title: 'Bewoners nemen het over' });
    const partner = await newStory(db, projectId, { tellerKind: 'partner', title: 'Korte lijnen' });
    const response = await worker.post(`/api/projects/${projectId}/story-rounds`, {
      groupKind: 'resident_project_group',
      heldOn: '2026-02-03',
      participants: 6,
      reviewedStoryIds: [resident.id, professional.id, partner.id],
      selections: [
        { storyId: resident.id, reason: 'Eenzaamheid was het grootste zorgpunt bij de start.' },
        { storyId: professional.id, reason: 'Het laat zien dat de activiteit blijft na het project.' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ groupKind: 'resident_project_group', heldOn: '2026-02-03', participants: 6, reviewedCount: 3 });
    expect(response.json().selections).toEqual([
      {
        storyId: professional.id,
        storyTitle: 'Bewoners nemen het over',
        tellerKind: 'welfare_professional',
        reason: 'Het laat zien dat de activiteit blijft na het project.',
      },
      { storyId: resident.id, storyTitle: 'Koffie op woensdag', tellerKind: 'resident', reason: 'Eenzaamheid was het grootste zorgpunt bij de start.' },
    ]);
    const story = await worker.get(`/api/projects/${projectId}/stories/${resident.id}`);
    expect(story.json().selections).toEqual([
      { roundId: response.json().id, groupKind: 'resident_project_group', heldOn: '2026-02-03', reason: 'Eenzaamheid was het grootste zorgpunt bij de start.' },
    ]);
    // A story a round read stays: the round's record is whole.
    const removal = await worker.delete(`/api/projects/${projectId}/stories/${partner.id}`);
    expect(removal.statusCode).toBe(400);
    expect(removal.json().fields[0].path).toBe('storyId');
    // The comparison, exact for the social team.
    const comparison = (await worker.get(`/api/projects/${projectId}/stories/comparison`)).json();
    expect(comparison).toMatchObject({
      exact: true,
      byTheme: [{ themeId: null, counts: [1, 0, 1, 0, 1], total: 3 }],
      told: { counts: [1, 0, 1, 0, 1], total: 3 },
      selected: { rows: [{ groupKind: 'resident_project_group', rounds: 1, counts: [1, 0, 1, 0, 0], total: 2 }] },
    });
  });

  it('refuses a selection without a reason, of a story of another project, or with a name in the reason, and stores no round', async () => {
    const { db, projectId, worker } = await world();
    const home = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: 12 });
    await newHousehold(db, home.id, { name: 'Gerda Jansen' });
    const own = await newStory(db, projectId);
    const foreign = await newStory(db, (await world()).projectId);
    const round = { groupKind: 'steering_group', heldOn: '2026-02-03', participants: 5, reviewedStoryIds: [own.id, foreign.id] };
    const noReason = await worker.post(`/api/projects/${projectId}/story-rounds`, { ...round, selections: [{ storyId: own.id, reason: '' }] });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields.map((f: { path: string }) => f.path)).toContain('selections.0.reason');
    const refused = await worker.post(`/api/projects/${projectId}/story-rounds`, {
      ...round,
      selections: [{ storyId: own.id, reason: 'Omdat Gerda Jansen weer meedoet.' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['reviewedStoryIds.1', 'selections.0.reason']);
    expect(await db.selectFrom('msc_selection_rounds').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
  });

  it('shows the resident project group and the project only selected stories, with why; raw stories answer 404', async () => {
    const { db, projectId, worker, builder, residents, policy } = await world();
    const selected = await newStory(db, projectId, { title: 'Gekozen verhaal' });
    const unselected = await newStory(db, projectId, { title: 'Ruw verhaal', story: 'Alleen voor het sociale team.' });
    const unread = await newStory(db, projectId, { title: 'Nog niet besproken' });
    await newStoryRound(db, projectId, [selected.id, unselected.id]);
    for (const reader of [residents, builder]) {
      const list = await reader.get(`/api/projects/${projectId}/stories`);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ total: 1, scope: 'selected' });
      expect(list.json().stories.map((s: { storyTitle: string }) => s.storyTitle)).toEqual(['Gekozen verhaal']);
      expect(list.json().stories[0].selections[0].reason).toBe('Dit raakt de hele buurt.');
      expect(list.body).not.toContain('Alleen voor het sociale team.');
      // Asking for everything still gives only the selected ones.
      expect((await reader.get(`/api/projects/${projectId}/stories?scope=all`)).json().total).toBe(1);
      expect((await reader.get(`/api/projects/${projectId}/stories/${selected.id}`)).statusCode).toBe(200);
      expect((await reader.get(`/api/projects/${projectId}/stories/${unselected.id}`)).statusCode).toBe(404);
      expect((await reader.get(`/api/projects/${projectId}/stories/${unread.id}`)).statusCode).toBe(404);
      const rounds = await reader.get(`/api/projects/${projectId}/story-rounds`);
      expect(rounds.json().rounds[0]).toMatchObject({ reviewedCount: 2, selections: [{ storyId: selected.id, reason: 'Dit raakt de hele buurt.' }] });
      expect(rounds.body).not.toContain('Ruw verhaal');
      // No writing.
      expect((await reader.post(`/api/projects/${projectId}/stories`, storyBody())).statusCode).toBe(404);
    }
    // Policy: not the stories, only the comparison, with small counts held back.
    expect((await policy.get(`/api/projects/${projectId}/stories`)).statusCode).toBe(404);
    const comparison = (await policy.get(`/api/projects/${projectId}/stories/comparison`)).json();
    expect(comparison.exact).toBe(false);
    expect(comparison.told.counts[0]).toBeNull();
    expect(comparison.selected.rows[0].counts[0]).toBeNull();
    expect((await worker.get(`/api/projects/${projectId}/stories/comparison`)).json().told.counts[0]).toBe(3);
  });

  it('answers 404 for a story or round of another project, and changes nothing there', async () => {
    const { db, projectId, worker } = await world();
    const other = await world();
    const foreign = await newStory(db, other.projectId, { title: 'Van een ander project' });
    const foreignRound = await newStoryRound(db, other.projectId, [foreign.id]);
    expect((await worker.get(`/api/projects/${projectId}/stories/${foreign.id}`)).statusCode).toBe(404);
    expect((await worker.put(`/api/projects/${projectId}/stories/${foreign.id}`, storyBody())).statusCode).toBe(404);
    expect((await worker.delete(`/api/projects/${projectId}/stories/${foreign.id}`)).statusCode).toBe(404);
    expect((await worker.delete(`/api/projects/${projectId}/story-rounds/${foreignRound.id}`)).statusCode).toBe(404);
    expect((await worker.get(`/api/projects/${projectId}/stories`)).json().total).toBe(0);
    expect(await db.selectFrom('msc_stories').where('id', '=', foreign.id).select('title').executeTakeFirst()).toEqual({ title: 'Van een ander project' });
    expect(await db.selectFrom('msc_selection_rounds').where('id', '=', foreignRound.id).select('id').executeTakeFirst()).toBeDefined();
  });

  it('updates and deletes a story no round read, and pages the list on the server', async () => {
    const { db, projectId, worker } = await world();
    const own = await newStory(db, projectId);
    const updated = await worker.put(
      `/api/projects/${projectId}/stories/${own.id}`,
      storyBody({ tellerKind: 'contractor_professional', storyTitle: 'Minder klachten' }),
    );
    expect(updated.json()).toMatchObject({ tellerKind: 'contractor_professional', storyTitle: 'Minder klachten' });
    for (let i = 0; i < 4; i++) await newStory(db, projectId, { tellerKind: 'partner' });
    const page = (await worker.get(`/api/projects/${projectId}/stories?pageSize=2&page=2&tellerKind=partner`)).json();
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(page.stories).toHaveLength(2);
    expect((await worker.delete(`/api/projects/${projectId}/stories/${own.id}`)).statusCode).toBe(200);
    expect((await worker.get(`/api/projects/${projectId}/stories/${own.id}`)).statusCode).toBe(404);
  });

  it('lets the resident project group record its own round from the stories it may read, and nothing more', async () => {
    const { db, projectId, people, builder, residents } = await world();
    const home = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: 12 });
    await newHousehold(db, home.id, { name: 'Gerda Jansen' });
    const first = await newStory(db, projectId, { title: 'Gekozen door het team' });
    const second = await newStory(db, projectId, { title: 'Ook gekozen', tellerKind: 'partner' });
    const raw = await newStory(db, projectId, { title: 'Ruw verhaal' });
    await newStoryRound(db, projectId, [first.id, raw.id], 'social_team');
    await newStoryRound(db, projectId, [second.id], 'steering_group');
    const own = {
      groupKind: 'resident_project_group',
      heldOn: '2026-04-01',
      participants: 5,
      reviewedStoryIds: [first.id, second.id],
      selections: [{ storyId: second.id, reason: 'Het laat zien dat partners ons nu kennen.' }],
    };
    const refusals = [
      { ...own, groupKind: 'steering_group' },
      { ...own, reviewedStoryIds: [first.id, raw.id], selections: [{ storyId: raw.id, reason: 'Dit willen we ook.' }] },
      { ...own, selections: [{ storyId: second.id, reason: 'Omdat Gerda Jansen weer meedoet.' }] },
    ];
    const paths = [];
    for (const body of refusals) {
      const response = await residents.post(`/api/projects/${projectId}/story-rounds`, body);
      expect(response.statusCode).toBe(400);
      paths.push(response.json().fields.map((f: { path: string }) => f.path));
    }
    // A story it may not read is unknown to it, as everywhere else.
    expect(paths).toEqual([['groupKind'], ['reviewedStoryIds.1'], ['selections.0.reason']]);
    expect(await db.selectFrom('msc_selection_rounds').where('project_id', '=', projectId).select('id').execute()).toHaveLength(2);
    // The rest of the project does not record rounds.
    expect((await builder.post(`/api/projects/${projectId}/story-rounds`, own)).statusCode).toBe(404);

    const recorded = await residents.post(`/api/projects/${projectId}/story-rounds`, own);
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({ groupKind: 'resident_project_group', reviewedCount: 2, selections: [{ storyId: second.id }] });
    expect(recorded.body).not.toContain('Ruw verhaal');
    const audit = await db
      .selectFrom('audit_log')
      .where('resource_type', '=', 'msc_selection_round')
      .where('resource_id', '=', recorded.json().id)
      .select(['action', 'actor_user_id', 'details'])
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', actor_user_id: people.residents.id, details: { groupKind: 'resident_project_group', ownRound: true } });
    // It still reads only the selected stories; deleting a round stays with the social team.
    expect((await residents.get(`/api/projects/${projectId}/stories?scope=all`)).json().total).toBe(2);
    expect((await residents.delete(`/api/projects/${projectId}/story-rounds/${recorded.json().id}`)).statusCode).toBe(404);
  });

  it('filters the stories a round chooses from by period and teller kind, and pages past 200 so any story can be picked', async () => {
    const { db, projectId, worker } = await world();
    await newStory(db, projectId, { title: 'Uit 2023', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    const spanning = await newStory(db, projectId, { title: 'Over de jaarwisseling', periodStart: '2023-10-01', periodEnd: '2024-03-31' });
    const in2024 = await newStory(db, projectId, { title: 'Uit 2024', tellerKind: 'partner', periodStart: '2024-04-01', periodEnd: '2024-06-30' });
    const period = (await worker.get(`/api/projects/${projectId}/stories?periodFrom=2024-01-01&periodTo=2024-12-31`)).json();
    expect(period.stories.map((s: { id: string }) => s.id).sort()).toEqual([spanning.id, in2024.id].sort());
    const partners = (await worker.get(`/api/projects/${projectId}/stories?periodFrom=2024-01-01&tellerKind=partner`)).json();
    expect(partners.stories.map((s: { id: string }) => s.id)).toEqual([in2024.id]);
    expect((await worker.get(`/api/projects/${projectId}/stories?periodFrom=2024-13-01`)).statusCode).toBe(400);

    // 205 more stories from 2025: the oldest is on the second page of 200 and can still be picked.
    await db
      .insertInto('msc_stories')
      .values(
        Array.from({ length: 205 }, (_, i) => ({
          project_id: projectId,
          teller_kind: 'resident' as const,
          period_start: '2025-01-01',
          period_end: `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
          title: `Verhaal ${String(i).padStart(3, '0')}`,
          story: 'Buren groeten elkaar weer op straat.',
          why: 'Het voelt weer als thuis.',
          created_by: null,
        })),
      )
      .execute();
    const firstPage = (await worker.get(`/api/projects/${projectId}/stories?periodFrom=2025-01-01&pageSize=200&page=1`)).json();
    const secondPage = (await worker.get(`/api/projects/${projectId}/stories?periodFrom=2025-01-01&pageSize=200&page=2`)).json();
    expect(firstPage.total).toBe(205);
    expect(secondPage.stories).toHaveLength(5);
    const ids = new Set([...firstPage.stories, ...secondPage.stories].map((s: { id: string }) => s.id));
    expect(ids.size).toBe(205);
    const oldest = secondPage.stories.find((s: { storyTitle: string }) => s.storyTitle === 'Verhaal 000');
    expect(oldest).toBeDefined();
    const round = await worker.post(`/api/projects/${projectId}/story-rounds`, {
      groupKind: 'social_team',
      heldOn: '2026-02-03',
      participants: 4,
      reviewedStoryIds: [oldest.id],
      selections: [{ storyId: oldest.id, reason: 'Het eerste verhaal van het jaar.' }],
    });
    expect(round.statusCode, round.body).toBe(201);
  });
});

describe('the comparison against earlier readings (ADR 0002)', () => {
  type Comparison = { told: { counts: (number | null)[]; total: number | null }; byTheme: { counts: (number | null)[]; total: number | null }[] };
  const readings = (projectId: string) =>
    t.database.db.selectFrom('story_comparison_readings').where('project_id', '=', projectId).select(['figures']).orderBy('read_at').execute();

  it('records what readers outside the social team saw and protects a reading after one added story against it', async () => {
    const { db, projectId, worker, policy } = await world();
    for (let i = 0; i < 12; i++) await newStory(db, projectId, { tellerKind: 'resident' });
    for (let i = 0; i < 6; i++) await newStory(db, projectId, { tellerKind: 'partner' });
    // The social team's exact comparison is no reading.
    expect((await worker.get(`/api/projects/${projectId}/stories/comparison`)).json().told.counts).toEqual([12, 0, 0, 0, 6]);
    expect(await readings(projectId)).toHaveLength(0);

    const before = await policy.get(`/api/projects/${projectId}/stories/comparison`);
    expect(before.json().told).toEqual({ counts: [12, 0, 0, 0, 6], total: 18 });
    // The true figures are kept server-side, never in the answer.
    const [first] = await readings(projectId);
    expect(first!.figures.values['told:resident']).toBe(12);
    expect(before.body).not.toContain('hidden');
    expect(before.body).not.toContain('told:resident');
    // Reading it again unchanged records nothing new and shows the same.
    expect((await policy.get(`/api/projects/${projectId}/stories/comparison`)).json()).toEqual(before.json());
    expect(await readings(projectId)).toHaveLength(1);

    expect((await worker.post(`/api/projects/${projectId}/stories`, storyBody())).statusCode).toBe(201);
    const after = (await policy.get(`/api/projects/${projectId}/stories/comparison`)).json() as Comparison;
    // 12 → 13 resident stories and 18 → 19 in all: each would tell the one new story's teller kind.
    const earlier = before.json() as Comparison;
    const pairs: [number | null, number | null][] = [
      [earlier.told.total, after.told.total],
      ...earlier.told.counts.map((c, i): [number | null, number | null] => [c, after.told.counts[i]!]),
      ...earlier.byTheme.flatMap((row, r) => [
        [row.total, after.byTheme[r]!.total] as [number | null, number | null],
        ...row.counts.map((c, i): [number | null, number | null] => [c, after.byTheme[r]!.counts[i]!]),
      ]),
    ];
    for (const [a, b] of pairs) if (a !== null && b !== null) expect(Math.abs(b - a) === 0 || Math.abs(b - a) >= 5).toBe(true);
    expect(after.told.counts[0]).toBeNull();
    expect(after.told.total).toBeNull();
    expect(await readings(projectId)).toHaveLength(2);
    // The social team still reads the exact figures.
    expect((await worker.get(`/api/projects/${projectId}/stories/comparison`)).json().told.counts[0]).toBe(13);
  });
});
