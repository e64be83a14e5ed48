import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultFormDefinition,
  openTextCategories,
  summariseCounts,
  textCategories,
  type AnswerCounts,
  type FormDefinition,
  type RegistrationContent,
} from '@thuis/domain';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import type { Db } from '../../platform/db/database.js';
import { countStoredRegistrations } from '../../platform/db/migrations/0040_picture_counts.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

const v1 = defaultFormDefinition();
// Version 2 adds a question with several answers, to count a registration once per answer.
const v2: FormDefinition = {
  ...v1,
  questions: [
    ...v1.questions,
    {
      kind: 'multi',
      key: 'meeting_places',
      label: { nl: 'Waar ontmoet u buren?', en: 'Where do you meet neighbours?' },
      options: ['park', 'shop', 'school'].map((key) => ({ key, label: { nl: key, en: key } })),
      required: false,
    },
  ],
};

interface Stored {
  formId: string;
  phaseId: string | null;
  content: RegistrationContent;
}

/** The counting the server did before issue 14, in JavaScript over every registration: the reference. */
function countTheOldWay(registrations: readonly Stored[]): AnswerCounts {
  const answered = new Map<string, number>();
  const given = new Map<string, number>();
  const cards = new Map<string, number>();
  const texts = Object.fromEntries(textCategories.map((c) => [c, 0])) as AnswerCounts['texts'];
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const { content } of registrations) {
    for (const [key, value] of Object.entries(content.answers)) {
      const answers = (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
      if (answers.length === 0) continue;
      add(answered, key);
      for (const answer of new Set(answers)) add(given, JSON.stringify([key, answer]));
    }
    for (const card of new Set(content.cards)) add(cards, card);
    for (const c of openTextCategories) if (content.openText[c]?.trim()) texts[c]++;
    if (content.talents.trim()) texts.talents++;
  }
  return {
    registrations: registrations.length,
    answers: [
      ...[...answered].map(([key, count]) => ({ key, answer: null, count })),
      ...[...given].map(([k, count]) => {
        const [key, answer] = JSON.parse(k) as [string, string];
        return { key, answer, count };
      }),
    ],
    cards: [...cards].map(([key, count]) => ({ key, count })),
    texts,
  };
}

const ages = ['under_30', '30_49', '50_64', '65_79', '80_plus'];
const places = ['park', 'shop', 'school'];

/** Registration i: varied answers, repeats, empty answers, texts with spaces around them, unknown keys. */
function contentOf(i: number, version: 1 | 2): RegistrationContent {
  const answers: Record<string, unknown> = {
    neighbourhood_satisfaction: (i * 7) % 10 || '',
    contact_with_neighbours: (i % 5) + 1,
    age_group: ages[i % 5],
    household_type: i % 4 === 0 ? '' : ['single', 'couple', 'family'][i % 3],
    retired_question: 'x',
  };
  if (i % 6 === 0) answers.age_group = ages[4];
  if (version === 2) answers.meeting_places = i % 3 === 0 ? [] : [places[i % 3]!, places[(i + 1) % 3]!, places[i % 3]!];
  return {
    answers: answers as RegistrationContent['answers'],
    cards: i % 2 === 0 ? ['belonging', 'play', 'belonging'] : i % 3 === 0 ? ['nature', 'gone_card'] : [],
    openText: {
      ...(i % 2 === 0 ? { person_obstacles: `  Uitspraak ${i} over de trap.  ` } : {}),
      ...(i % 3 === 0 ? { environment_opportunities: i % 9 === 0 ? '   ' : `Het café op de hoek (${i}).` } : {}),
    },
    talents: i % 5 === 0 ? `Koken ${i}` : ' ',
    talentsContactConsent: false,
    summary: '',
  };
}

async function seed(db: Db) {
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager' },
    resident: { type: 'residents_group', role: 'resident_group' },
  });
  const phases = [await newBuildingPhase(db, projectId), await newBuildingPhase(db, projectId)];
  await db.deleteFrom('registration_forms').where('project_id', '=', projectId).execute();
  const forms = [];
  for (const [version, definition] of [
    [1, v1],
    [2, v2],
  ] as const)
    forms.push(
      await db
        .insertInto('registration_forms')
        .values({ project_id: projectId, version, definition: JSON.stringify(definition), created_by: null })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  const stored: (Stored & { id: string; householdKey: string })[] = [];
  for (let i = 0; i < 40; i++) {
    const version = i % 4 === 3 ? 1 : 2;
    const row: Stored = { formId: forms[version - 1]!.id, phaseId: i % 3 === 2 ? null : phases[i % 2]!.id, content: contentOf(i, version) };
    const householdKey = `hh-${i}`;
    const { id } = await db
      .insertInto('registrations')
      .values({
        project_id: projectId,
        form_id: row.formId,
        client_id: randomUUID(),
        household_key: householdKey,
        building_phase_id: row.phaseId,
        content: JSON.stringify(row.content),
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    stored.push({ ...row, id, householdKey });
  }
  // Stored in three moments, as an import does: the order within a moment is the id's.
  await sql`update registrations set created_at = timestamptz '2026-03-01T10:00:00Z' + (((household_key ~ '[05]$')::int) * interval '1 hour')
    where project_id = ${projectId}`.execute(db);
  await sql`update registrations set created_at = created_at - interval '1 day' where project_id = ${projectId} and household_key in ('hh-39', 'hh-38')`.execute(
    db,
  );
  const order = await db.selectFrom('registrations').where('project_id', '=', projectId).select('id').orderBy('created_at').orderBy('id').execute();
  const ordered = order.map((o) => stored.find((s) => s.id === o.id)!);
  return { projectId, people, phases, forms, stored: ordered };
}

describe('the figures of the overview (issue 14)', () => {
  it('equal the count made over every registration in JavaScript, for every filter', async () => {
    const db = t.database.db;
    const { projectId, people, phases, forms, stored } = await seed(db);
    const worker = await clientFor(t.app, db, people.worker.id);
    const definitions = [
      { id: forms[0]!.id, version: 1, definition: v1 },
      { id: forms[1]!.id, version: 2, definition: v2 },
    ];
    const selections: [string, (s: Stored) => boolean][] = [
      ['', () => true],
      [`buildingPhaseId=${phases[0]!.id}`, (s) => s.phaseId === phases[0]!.id],
      [`buildingPhaseId=${phases[1]!.id}&ageGroup=80_plus`, (s) => s.phaseId === phases[1]!.id && s.content.answers.age_group === '80_plus'],
      [`formVersionId=${forms[0]!.id}`, (s) => s.formId === forms[0]!.id],
      ['ageGroup=30_49', (s) => s.content.answers.age_group === '30_49'],
      ['ageGroup=nobody', () => false],
    ];
    for (const [query, selected] of selections) {
      const response = await worker.get(`/api/projects/${projectId}/picture/overview?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json(), query).toEqual(summariseCounts(definitions, countTheOldWay(stored.filter(selected))));
    }
    const all = (await worker.get(`/api/projects/${projectId}/picture/overview`)).json();
    // Spot checks that the reference itself counts what the page shows.
    const meeting = all.questions.find((q: { key: string }) => q.key === 'meeting_places');
    expect(meeting.answered).toBe(stored.filter((s) => ((s.content.answers.meeting_places as string[] | undefined) ?? []).length > 0).length);
    expect(all.cards.find((c: { key: string }) => c.key === 'belonging').count).toBe(20);
    expect(all.texts.environment_opportunities).toBe(stored.filter((s) => s.content.openText.environment_opportunities?.trim()).length);
    // A cell of one stays visible to the social team (the figures never leave it: outside readers have no overview at all).
    const phase2Elderly = (await worker.get(`/api/projects/${projectId}/picture/overview?buildingPhaseId=${phases[1]!.id}&ageGroup=80_plus`)).json();
    expect(phase2Elderly.questions.find((q: { key: string }) => q.key === 'household_type').options.some((o: { count: number }) => o.count === 1)).toBe(true);
    for (const outsider of [people.builder.id, people.resident.id]) {
      const client = await clientFor(t.app, db, outsider);
      for (const path of ['overview', 'texts?category=talents']) expect((await client.get(`/api/projects/${projectId}/picture/${path}`)).statusCode).toBe(404);
    }
  });
});

describe('the figures kept on every write (issue 14)', () => {
  it('follow at once a registration saved, changed, regrouped or deleted; the migration counts the stored ones alike', async () => {
    const db = t.database.db;
    const { projectId, people, phases, forms, stored } = await seed(db);
    const worker = await clientFor(t.app, db, people.worker.id);
    const definitions = [
      { id: forms[0]!.id, version: 1, definition: v1 },
      { id: forms[1]!.id, version: 2, definition: v2 },
    ];
    const rows: Stored[] = stored.map((s) => ({ ...s }));
    const same = async (moment: string) => {
      const selections: [string, (s: Stored) => boolean][] = [
        ['', () => true],
        [`buildingPhaseId=${phases[0]!.id}`, (s) => s.phaseId === phases[0]!.id],
        [`buildingPhaseId=${phases[1]!.id}`, (s) => s.phaseId === phases[1]!.id],
        ['ageGroup=80_plus', (s) => s.content.answers.age_group === '80_plus'],
      ];
      for (const [query, selected] of selections) {
        const response = await worker.get(`/api/projects/${projectId}/picture/overview?${query}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json(), `${moment}: ${query}`).toEqual(summariseCounts(definitions, countTheOldWay(rows.filter(selected))));
      }
    };
    await same('seeded');

    // Saved through the API, as a visit's registration and an offline sync are.
    const home = await newAddress(db, projectId, { buildingPhaseId: phases[0]!.id });
    await newHousehold(db, home.id);
    const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
    const clientId = randomUUID();
    const saved = await worker.put(`/api/projects/${projectId}/registrations/${clientId}`, {
      formVersionId: forms[1]!.id,
      visitId: visit.id,
      content: { answers: { age_group: '80_plus', meeting_places: ['park', 'school'] }, cards: ['play'], openText: { person_obstacles: 'Geen lift.' } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const savedRow = await db.selectFrom('registrations').where('client_id', '=', clientId).select(['id', 'content']).executeTakeFirstOrThrow();
    rows.push({ formId: forms[1]!.id, phaseId: phases[0]!.id, content: savedRow.content });
    await same('saved');

    // Changed: another answer, a text blanked.
    const changed = rows[1]!;
    changed.content = { ...changed.content, answers: { ...changed.content.answers, age_group: '80_plus', household_type: 'family' }, talents: '' };
    await db
      .updateTable('registrations')
      .set({ content: JSON.stringify(changed.content) })
      .where('id', '=', stored[1]!.id)
      .execute();
    await same('changed');

    // Regrouped: a building phase removed leaves its registrations without one (the foreign key's update).
    await db.deleteFrom('building_phases').where('id', '=', phases[1]!.id).execute();
    for (const row of rows) if (row.phaseId === phases[1]!.id) row.phaseId = null;
    await same('regrouped');

    // Deleted.
    await db.deleteFrom('registrations').where('id', '=', stored[2]!.id).execute();
    rows.splice(2, 1);
    await same('deleted');

    // The migration's count of the registrations already stored gives the same figures.
    await sql`delete from picture_counts`.execute(db);
    await sql.raw(countStoredRegistrations).execute(db);
    await same('counted by the migration');
  });
});

describe('the pooled texts, a page per category (issue 14)', () => {
  it('gives every text once, in the stored order, filtered and searched, and audits each page read', async () => {
    const db = t.database.db;
    const { projectId, people, phases, stored } = await seed(db);
    const worker = await clientFor(t.app, db, people.worker.id);
    const walk = async (query: string, limit: number) => {
      const pages = [];
      let cursor: string | null = null;
      do {
        const response = await worker.get(`/api/projects/${projectId}/picture/texts?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.statusCode, response.body).toBe(200);
        const page = response.json();
        expect(page.texts.length).toBeLessThanOrEqual(limit);
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor && pages.length < 50);
      return pages;
    };
    const before = Number(
      (
        await db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

    const obstacles = await walk('category=person_obstacles', 3);
    const expected = stored.filter((s) => s.content.openText.person_obstacles?.trim());
    expect(obstacles.flatMap((p) => p.texts.map((x: { registrationId: string }) => x.registrationId))).toEqual(expected.map((s) => s.id));
    expect(obstacles[0].texts[0]).toEqual({ registrationId: expected[0]!.id, formVersion: 2, text: expected[0]!.content.openText.person_obstacles!.trim() });
    expect(obstacles.every((p) => p.total === expected.length && p.matched === expected.length)).toBe(true);
    expect(obstacles.at(-1).nextCursor).toBeNull();

    // One audit entry per page read, naming the registrations and households shown.
    const entries = await db
      .selectFrom('audit_log')
      .where('project_id', '=', projectId)
      .where('action', '=', 'read')
      .select(['resource_type', 'details'])
      .orderBy('id')
      .execute();
    expect(entries).toHaveLength(obstacles.length);
    expect(entries[0]).toMatchObject({ resource_type: 'registration', details: { ids: expected.slice(0, 3).map((s) => s.id) } });
    expect(
      Number(
        (
          await db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ) - before,
    ).toBe(obstacles.length);

    // Filters and a search with accents and capitals; the counts tell how many of how many.
    const inPhase = (s: Stored) => s.phaseId === phases[0]!.id;
    const cafe = await walk(`category=environment_opportunities&buildingPhaseId=${phases[0]!.id}&search=${encodeURIComponent(' CAFE  hoek ')}`, 2);
    const cafeExpected = stored.filter((s) => inPhase(s) && s.content.openText.environment_opportunities?.trim());
    expect(cafe.flatMap((p) => p.texts.map((x: { text: string }) => x.text))).toEqual(cafeExpected.map((s) => s.content.openText.environment_opportunities));
    expect(cafe[0]).toMatchObject({ total: cafeExpected.length, matched: cafeExpected.length });
    const one = (await walk(`category=environment_opportunities&search=${encodeURIComponent('(12)')}`, 5))[0];
    expect(one.texts.map((x: { text: string }) => x.text)).toEqual(['Het café op de hoek (12).']);
    expect(one.matched).toBe(1);
    expect(one.total).toBe(stored.filter((s) => s.content.openText.environment_opportunities?.trim()).length);
    const none = (await walk('category=environment_opportunities&search=moestuin', 5))[0];
    expect(none).toMatchObject({ texts: [], matched: 0, nextCursor: null });
    // Talents, of one form version; a blank talent is no text.
    const talents = await walk('category=talents', 40);
    expect(talents[0].texts.map((x: { text: string }) => x.text)).toEqual(stored.filter((s) => s.content.talents.trim()).map((s) => s.content.talents.trim()));
  });

  it('refuses bad paging and search parameters, naming the field', async () => {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
    const worker = await clientFor(t.app, db, people.worker.id);
    for (const [query, field] of [
      ['', 'category'],
      ['category=household_names', 'category'],
      ['category=talents&limit=0', 'limit'],
      ['category=talents&limit=501', 'limit'],
      ['category=talents&limit=tien', 'limit'],
      ['category=talents&cursor=page-2', 'cursor'],
      [`category=talents&search=${'a'.repeat(201)}`, 'search'],
      ['category=talents&buildingPhaseId=fase-1', 'buildingPhaseId'],
    ]) {
      const response = await worker.get(`/api/projects/${projectId}/picture/texts?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().fields[0].path, query).toBe(field);
    }
  });
});
