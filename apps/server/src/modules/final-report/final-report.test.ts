import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinalReportContent, PublishedFigures } from '@thuis/domain';
import {
  newActivity,
  newActivityReach,
  newAddress,
  newBuildingPhase,
  newSurveyRound,
  newHousehold,
  newRippleMap,
  newStory,
  newStoryRound,
  newTeamProject,
  newVisit,
} from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { translatorFor } from '../../platform/i18n/translate.js';
import { printedSections } from './download-final-report.js';
import { pdfText } from '../../test/pdf-text.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

type Version = {
  id: string;
  version: number;
  stage: string;
  mayReview: boolean;
  sections: string[];
  sharings: { venue: string; sharedOn: string; note: string }[];
};

/** A finished project: households with known names and streets, visits, a selected and an unselected story, a finished ripple map. */
let projects = 0;
async function finishedProject() {
  const db = t.database.db;
  const numbering = ++projects * 100;
  const { projectId, people } = await newTeamProject(db, {
    leader: { type: 'corporation', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
    residents: { type: 'residents_group', role: 'resident_group' },
    builder: { type: 'contractor', role: 'site_manager' },
    policy: { type: 'municipality', role: 'policy_viewer' },
  });
  const households = [
    { name: 'Fam. Oosterhuis', street: 'Zonnebloemstraat', houseNumber: numbering + 17 },
    { name: 'Mevrouw Kaptein', street: 'Ganzerikpad', houseNumber: numbering + 3 },
    { name: 'Dhr. Wijnberg', street: 'Zonnebloemstraat', houseNumber: numbering + 21 },
  ];
  for (let i = 0; i < 8; i++) {
    const known = households[i];
    const address = await newAddress(db, projectId, known ? { street: known.street, houseNumber: known.houseNumber } : { street: 'Spoorlaan' });
    await newHousehold(db, address.id, { name: known?.name ?? `Bewoner ${i}` });
    if (i < 6) await newVisit(db, projectId, address.id, { outcome: 'completed_with_conversation' });
  }
  const chosen = await newStory(db, projectId, {
    title: 'De bankjes op het plein',
    story: 'Sinds de bankjes er staan drinken buren samen koffie op het plein.',
  });
  const other = await newStory(db, projectId, { title: 'Niet gekozen verhaal', story: 'Dit verhaal koos niemand.' });
  await newStoryRound(db, projectId, [chosen.id, other.id]);
  const map = await newRippleMap(db, projectId, { title: 'Rimpelingen van de wandelclub', status: 'finished', levels: ['direct', 'indirect', 'lasting'] });
  const texts = ['Buren wandelen samen', 'Nieuwe contacten in de straat', 'Minder eenzaamheid'];
  for (const [i, id] of map.nodeIds.entries()) await db.updateTable('ripple_nodes').set({ text: texts[i]! }).where('id', '=', id).execute();
  const walking = await newActivity(db, projectId, { title: 'Wandelclub' });
  await newActivityReach(db, walking.id, 12, 7);
  await newActivityReach(db, (await newActivity(db, projectId, { title: 'Buurtsoep' })).id, 3, 1);
  const client = (id: string) => clientFor(t.app, db, id);
  return {
    projectId,
    base: `/api/projects/${projectId}/final-report`,
    households,
    nodeTexts: texts,
    leader: await client(people.leader.id),
    leaderInEnglish: await clientFor(t.app, db, people.leader.id, 'en'),
    worker: await client(people.worker.id),
    residents: await client(people.residents.id),
    builder: await client(people.builder.id),
    policy: await client(people.policy.id),
  };
}

describe('the final report', () => {
  it('holds the selected story with its reason and the ripple map, and no household name, street or address', async () => {
    const p = await finishedProject();
    const made = await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport Spoorbuurt', introduction: 'Wat het project veranderde.' });
    expect(made.statusCode, made.body).toBe(201);
    const version = made.json().versions[0] as Version;
    expect(version).toMatchObject({ version: 1, stage: 'concept' });
    expect(version.sections).toContain('stories');
    const { text, disposition } = await pdfText(p.leader, `${p.base}/versions/${version.id}/pdf`);
    expect(disposition).toContain('eindrapport-v1.pdf');
    expect(text).toContain('Eindrapport Spoorbuurt');
    expect(text).toContain('Niet gepubliceerd, versie 1');
    expect(text).toContain('De bankjes op het plein');
    expect(text).toContain('drinken buren samen koffie op het plein');
    expect(text).toContain('Dit raakt de hele buurt.');
    expect(text).not.toContain('Dit verhaal koos niemand');
    for (const node of p.nodeTexts) expect(text).toContain(node);
    expect(text).toContain('Wandelclub');
    expect(text).toContain('Rimpelingen van de wandelclub');
    for (const h of p.households) {
      expect(text).not.toContain(h.name);
      expect(text).not.toContain(h.street);
      expect(text).not.toContain(`${h.street} ${h.houseNumber}`);
    }
    expect(text).not.toContain('Spoorlaan');
    expect(text).not.toContain('6538 AB');
    // 8 homes, 6 spoken to: shown; the hours section is there too.
    expect(text).toContain('Hele project 8 6 (75%) 6 (75%)');
    // A small reach is hidden, also from the total it would be worked out of.
    expect(text).toContain('Buurtsoep Collectieve activiteit, gepland < 5 < 5');
    expect(text.includes('Wandelclub Collectieve activiteit, gepland 12 7') && text.includes('Totaal 15 8')).toBe(false);
    expect(text).toContain('Uren tegenover de begroting');
  });

  it('holds the survey trend per question against the first round', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    const rounds = [await newSurveyRound(db, p.projectId, { opensOn: '2021-03-01' }), await newSurveyRound(db, p.projectId, { opensOn: '2022-03-01' })];
    for (const [i, round] of rounds.entries())
      for (let n = 0; n < 6; n++)
        await db
          .insertInto('survey_responses')
          .values({ round_id: round.id, building_phase_id: null, channel: 'tablet', answers: JSON.stringify({ works_satisfaction: 6 + i * 2 }) })
          .execute();
    const version = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    const { text } = await pdfText(p.leader, `${p.base}/versions/${version.id}/pdf`);
    expect(text).toContain('Enquêtes door de tijd');
    expect(text).toContain('Hoe tevreden bent u over de werkzaamheden? (1–10)');
    expect(text).toContain('Tevredenheid na de werkzaamheden (KTO) (01-03-2021) 6 6,0');
    expect(text).toContain('Tevredenheid na de werkzaamheden (KTO) (01-03-2022) 6 8,0 +2,0');
  });

  it('holds the interim evaluations and, when the project measures it, the mean change before and after per group', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    const withoutMeasuring = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    expect(withoutMeasuring.sections).not.toContain('beforeAfter');
    expect(withoutMeasuring.sections).toContain('interim');
    await db.deleteFrom('final_reports').where('id', '=', withoutMeasuring.id).execute();

    await db
      .insertInto('interim_evaluations')
      .values({
        project_id: p.projectId,
        kind: 'yearly',
        year: 2026,
        held_on: '2026-06-01',
        went_well: 'De koffieochtenden liepen goed.',
        bottlenecks: 'De planning van de aannemer schoof.',
        resident_group_present: 3,
        created_by: null,
      })
      .execute();
    await db.insertInto('before_after_settings').values({ project_id: p.projectId, enabled: true, updated_by: null }).execute();
    const phase = await newBuildingPhase(db, p.projectId, { name: 'Blok A' });
    const keys = Array.from({ length: 6 }, (_, i) => `pseudoniem-${p.projectId.slice(0, 8)}-${i}`);
    for (const key of keys)
      await db
        .insertInto('household_measurements')
        .values([
          {
            project_id: p.projectId,
            household_key: key,
            moment: 'first_visit',
            measured_on: '2022-01-10',
            wellbeing: 5,
            ladder: 2,
            building_phase_id: phase.id,
            created_by: null,
          },
          {
            project_id: p.projectId,
            household_key: key,
            moment: 'later',
            measured_on: '2024-06-10',
            wellbeing: 7,
            ladder: 3,
            building_phase_id: phase.id,
            created_by: null,
          },
        ])
        .execute();
    const version = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    const { text } = await pdfText(p.leader, `${p.base}/versions/${version.id}/pdf`);
    expect(text).toContain('Jaarevaluatie 2026 (01-06-2026)');
    expect(text).toContain('De koffieochtenden liepen goed.');
    expect(text).toContain('De planning van de aannemer schoof.');
    expect(text).toContain('Voor en na');
    expect(text).toContain('Blok A 6 +2,0 6 +1,0');
    for (const key of keys) expect(text).not.toContain(key);
  });

  it('goes through the review stages with the action plan’s rules, and records where a published version was shared', async () => {
    const p = await finishedProject();
    const first = (await p.worker.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    // One version under way at a time.
    const second = await p.worker.post(`${p.base}/versions`, { title: 'Nog een' });
    expect(second.statusCode).toBe(400);
    expect(second.json().message).toContain('eindrapport');
    // Outside the team and the resident project group, a concept does not exist.
    expect((await p.builder.get(p.base)).json().versions).toEqual([]);
    expect((await p.builder.get(`${p.base}/versions/${first.id}/pdf`)).statusCode).toBe(404);
    expect((await p.policy.get(p.base)).json().versions).toEqual([]);
    expect((await p.policy.get(`${p.base}/versions/${first.id}/pdf`)).statusCode).toBe(404);
    // The resident project group sees the concept but does not review it.
    expect((await p.residents.get(p.base)).json().versions[0]).toMatchObject({ id: first.id, mayReview: false });
    expect((await p.residents.post(`${p.base}/versions/${first.id}/review`, { decision: 'approve', note: '' })).statusCode).toBe(400);
    // Sharing is recorded for a published version only.
    expect((await p.worker.post(`${p.base}/versions/${first.id}/sharings`, { venue: 'municipality', sharedOn: '2026-12-01', note: '' })).statusCode).toBe(400);
    expect((await p.worker.post(`${p.base}/versions/${first.id}/review`, { decision: 'approve', note: '' })).json().versions[0].stage).toBe('outside_reader');
    // The outside reader's stage is the team's; the resident project group does not see it.
    expect((await p.residents.post(`${p.base}/versions/${first.id}/review`, { decision: 'approve', note: '' })).statusCode).toBe(404);
    expect((await p.worker.post(`${p.base}/versions/${first.id}/review`, { decision: 'approve', note: 'Helder.' })).json().versions[0].stage).toBe(
      'resident_group',
    );
    // Sending back needs a remark; the group's own stage is its to review.
    expect((await p.residents.post(`${p.base}/versions/${first.id}/review`, { decision: 'send_back', note: '' })).statusCode).toBe(400);
    const published = await p.residents.post(`${p.base}/versions/${first.id}/review`, { decision: 'approve', note: 'Akkoord.' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().versions[0].stage).toBe('published');
    expect((await p.worker.post(`${p.base}/versions/${first.id}/review`, { decision: 'approve', note: '' })).statusCode).toBe(400);
    // The builder reads the published version; the resident group may not record sharing.
    expect((await p.builder.get(p.base)).json().versions.map((v: Version) => v.id)).toEqual([first.id]);
    expect((await pdfText(p.builder, `${p.base}/versions/${first.id}/pdf`)).text).not.toContain('Niet gepubliceerd');
    // Policy reads the published version's figures and maps, not the stories told in the project.
    const forPolicy = (await pdfText(p.policy, `${p.base}/versions/${first.id}/pdf`)).text;
    expect(forPolicy).toContain('Rimpelingen van de wandelclub');
    expect(forPolicy).toContain('Dit deel blijft binnen het project');
    expect(forPolicy).not.toContain('De bankjes op het plein');
    expect(forPolicy).not.toContain('Dit raakt de hele buurt.');
    expect((await p.residents.post(`${p.base}/versions/${first.id}/sharings`, { venue: 'area_table', sharedOn: '2026-12-01', note: '' })).statusCode).toBe(404);
    const shared = await p.worker.post(`${p.base}/versions/${first.id}/sharings`, {
      venue: 'area_table',
      sharedOn: '2026-12-02',
      note: 'Besproken aan de gebiedstafel.',
    });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json().versions[0].sharings).toEqual([
      expect.objectContaining({ venue: 'area_table', sharedOn: '2026-12-02', note: 'Besproken aan de gebiedstafel.' }),
    ]);
    // A remark that names a household is refused.
    const named = await p.worker.post(`${p.base}/versions/${first.id}/sharings`, {
      venue: 'other',
      sharedOn: '2026-12-03',
      note: 'Ook gedeeld met Fam. Oosterhuis',
    });
    expect(named.statusCode).toBe(400);
    // Now a new version may start.
    expect((await p.worker.post(`${p.base}/versions`, { title: 'Eindrapport, versie 2' })).statusCode).toBe(201);
  });

  it('is frozen when it is made: a story selected later is not in the published version', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    const v = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    for (let i = 0; i < 3; i++) await p.leader.post(`${p.base}/versions/${v.id}/review`, { decision: 'approve', note: '' });
    const late = await newStory(db, p.projectId, { title: 'Later gekozen', story: 'Een verhaal van na het rapport.' });
    await newStoryRound(db, p.projectId, [late.id]);
    const { text } = await pdfText(p.builder, `${p.base}/versions/${v.id}/pdf`);
    expect(text).toContain('De bankjes op het plein');
    expect(text).not.toContain('Later gekozen');
  });

  it('answers 404 for a report of another project through this project’s address', async () => {
    const a = await finishedProject();
    const b = await finishedProject();
    const theirs = (await b.leader.post(`${b.base}/versions`, { title: 'Rapport B' })).json().versions[0] as Version;
    expect((await a.leader.get(`${a.base}/versions/${theirs.id}/pdf`)).statusCode).toBe(404);
    expect((await a.leader.post(`${a.base}/versions/${theirs.id}/review`, { decision: 'approve', note: '' })).statusCode).toBe(404);
    expect((await a.leader.post(`${a.base}/versions/${theirs.id}/sharings`, { venue: 'other', sharedOn: '2026-12-01', note: '' })).statusCode).toBe(404);
    expect((await b.leader.get(b.base)).json().versions[0].stage).toBe('concept');
  });

  /** The numbers of every table cell of a version worded in one language, written the same way. */
  async function tableNumbers(reportId: string, locale: 'nl' | 'en') {
    const row = await t.database.db.selectFrom('final_reports').where('id', '=', reportId).select(['content', 'figures']).executeTakeFirstOrThrow();
    const sections = printedSections(row.content as FinalReportContent, row.figures, translatorFor(locale), locale);
    const plain = (token: string) => Number(locale === 'nl' ? token.replace(/\./g, '').replace(',', '.') : token.replace(/,/g, ''));
    return sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((cell) => (cell.match(/\d+(?:[.,]\d+)*/g) ?? []).map(plain))) : [])),
    );
  }

  it('stores its texts without a language and reads in the reader’s, with the same numbers in Dutch and English', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    const round = await newSurveyRound(db, p.projectId, { opensOn: '2021-03-01' });
    for (let n = 0; n < 7; n++)
      await db
        .insertInto('survey_responses')
        .values({ round_id: round.id, building_phase_id: null, channel: 'tablet', answers: JSON.stringify({ works_satisfaction: 6 + (n % 2) }) })
        .execute();
    // Made by someone reading in English: nothing of English is frozen into it.
    const made = await p.leaderInEnglish.post(`${p.base}/versions`, { title: 'Eindrapport' });
    expect(made.statusCode, made.body).toBe(201);
    const version = made.json().versions[0] as Version;
    expect(version.sections).toEqual(['phases', 'reach', 'signals', 'referrals', 'themes', 'activities', 'stories', 'ripples', 'surveys', 'interim', 'hours']);
    const stored = await db.selectFrom('final_reports').where('id', '=', version.id).select('content').executeTakeFirstOrThrow();
    const json = JSON.stringify(stored.content);
    expect(json).not.toContain('Phases and dates');
    expect(json).not.toContain('Fasen en data');
    expect(json).toContain('finalReportPdf.surveys.answered');

    const dutch = (await pdfText(p.leader, `${p.base}/versions/${version.id}/pdf`)).text;
    const english = (await pdfText(p.leaderInEnglish, `${p.base}/versions/${version.id}/pdf`)).text;
    expect(dutch).toContain('Fasen en data');
    expect(dutch).toContain('Verteld door: bewoner');
    expect(dutch).toContain('Tevredenheid na de werkzaamheden (KTO) (01-03-2021) 7 6,4');
    expect(english).toContain('Phases and dates');
    expect(english).not.toContain('Fasen en data');
    expect(english).toContain('Activities and their reach');
    // The team's own words stay as they were written.
    expect(english).toContain('De bankjes op het plein');
    expect(english).toMatch(/\(01-03-2021\) 7 6\.4/);
    // Every table holds the same numbers in both languages.
    const [nl, en] = [await tableNumbers(version.id, 'nl'), await tableNumbers(version.id, 'en')];
    expect(nl.flat(2).length).toBeGreaterThan(20);
    expect(en).toEqual(nl);
  });

  it('still shows a version made before its texts were stored without a language', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    // As versions were stored before: every text in the maker's language, cells as worded strings.
    const legacy: unknown = {
      sections: [
        { key: 'phases', title: 'Fasen en data', blocks: [{ kind: 'paragraph', text: 'Zo liep het project.' }] },
        {
          key: 'activities',
          title: 'Activiteiten en hun bereik',
          blocks: [
            {
              kind: 'table',
              caption: 'Activiteiten',
              headers: ['Activiteit', 'Deelnemers'],
              rows: [
                ['Wandelclub', { figure: 'activities:participants:a' }],
                ['Buurtsoep', { figure: 'activities:participants:b' }],
                ['Totaal', { when: 'activities:participants:total', text: '3,5' }],
              ],
            },
          ],
        },
        {
          key: 'stories',
          title: 'Verhalen over de belangrijkste verandering',
          blocks: [
            {
              kind: 'story',
              title: 'Oud verhaal',
              text: 'Het plein leeft.',
              why: 'Omdat.',
              teller: 'bewoner',
              selections: [{ group: 'de stuurgroep', heldOn: '15-01-2026', reason: 'Het raakt.' }],
            },
          ],
        },
      ],
    };
    const figures: PublishedFigures = {
      values: { 'activities:participants:a': 12, 'activities:participants:b': 3, 'activities:participants:total': 15 },
      relations: [{ members: ['activities:participants:a', 'activities:participants:b'], total: 'activities:participants:total' }],
      hidden: ['activities:participants:b', 'activities:participants:total'],
    };
    const { id } = await db
      .insertInto('final_reports')
      .values({
        project_id: p.projectId,
        version: 1,
        title: 'Oud eindrapport',
        content: JSON.stringify(legacy),
        figures: JSON.stringify(figures),
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const list = await p.leaderInEnglish.get(p.base);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().versions[0].sections).toEqual(['phases', 'activities', 'stories']);
    const english = (await pdfText(p.leaderInEnglish, `${p.base}/versions/${id}/pdf`)).text;
    // Titles are worded from the section's key; the rest reads as it was made.
    expect(english).toContain('Phases and dates');
    expect(english).toContain('Zo liep het project.');
    expect(english).toContain('Wandelclub 12');
    expect(english).toContain('Buurtsoep < 5');
    expect(english).toContain('Totaal –');
    expect(english).toContain('Het plein leeft.');
    const dutch = (await pdfText(p.leader, `${p.base}/versions/${id}/pdf`)).text;
    expect(dutch).toContain('Fasen en data');
    expect(dutch).toContain('Wandelclub 12');
    expect(await tableNumbers(id, 'en')).toEqual(await tableNumbers(id, 'nl'));
  });

  it('publishes no survey results when it is made, and hides a survey figure that would differ little from the published one', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    const publications = async () =>
      (await db.selectFrom('survey_result_publications').where('project_id', '=', p.projectId).select('figures').orderBy('published_at').execute()).map(
        (r) => r.figures,
      );
    const round = await newSurveyRound(db, p.projectId, { opensOn: '2021-03-01' });
    const respond = () =>
      db
        .insertInto('survey_responses')
        .values({ round_id: round.id, building_phase_id: null, channel: 'tablet', answers: JSON.stringify({ works_satisfaction: 7 }) })
        .execute();
    for (let n = 0; n < 12; n++) await respond();
    // Making a report reads the results without publishing them.
    const first = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    expect(await publications()).toEqual([]);
    await db.deleteFrom('final_reports').where('id', '=', first.id).execute();

    // A reader of the results publishes them: 12 answered.
    const answered = `r:${round.id}:all:works_satisfaction:answered`;
    expect((await p.policy.get(`/api/projects/${p.projectId}/surveys/results`)).statusCode).toBe(200);
    const published = await publications();
    expect(published).toHaveLength(1);
    expect(published[0]!.values[answered]).toBe(12);
    expect(published[0]!.hidden).not.toContain(answered);

    // One more response: a report showing 13 would give it away against the published 12.
    await respond();
    const version = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    expect(await publications()).toEqual(published);
    const { figures } = await db.selectFrom('final_reports').where('id', '=', version.id).select('figures').executeTakeFirstOrThrow();
    expect(figures.values[`surveys:${answered}`]).toBe(13);
    expect(figures.hidden).toContain(`surveys:${answered}`);
    const { text } = await pdfText(p.leader, `${p.base}/versions/${version.id}/pdf`);
    expect(text).toContain('Tevredenheid na de werkzaamheden (KTO) (01-03-2021) – –');
    // No survey figure the report shows differs by 1 to 4 from one the published results showed.
    for (const publication of published)
      for (const [key, value] of Object.entries(publication.values)) {
        const inReport = `surveys:${key}`;
        if (publication.hidden.includes(key) || !(inReport in figures.values) || figures.hidden.includes(inReport)) continue;
        const change = Math.abs(figures.values[inReport]! - value);
        expect(change === 0 || change >= 5, key).toBe(true);
      }
  });

  it('protects survey results read after a published report against its survey figures', async () => {
    const p = await finishedProject();
    const db = t.database.db;
    const round = await newSurveyRound(db, p.projectId, { opensOn: '2021-03-01' });
    const respond = () =>
      db
        .insertInto('survey_responses')
        .values({ round_id: round.id, building_phase_id: null, channel: 'tablet', answers: JSON.stringify({ works_satisfaction: 7 }) })
        .execute();
    for (let n = 0; n < 12; n++) await respond();
    const version = (await p.leader.post(`${p.base}/versions`, { title: 'Eindrapport' })).json().versions[0] as Version;
    for (const reviewer of [p.worker, p.worker, p.residents]) {
      const reviewed = await reviewer.post(`${p.base}/versions/${version.id}/review`, { decision: 'approve', note: '' });
      expect(reviewed.statusCode, reviewed.body).toBe(200);
    }
    expect((await pdfText(p.policy, `${p.base}/versions/${version.id}/pdf`)).text).toContain('Tevredenheid na de werkzaamheden (KTO) (01-03-2021) 12 7,0');
    // One more response: the first survey results anyone reads would show 13 against the report's 12.
    await respond();
    const results = (await p.policy.get(`/api/projects/${p.projectId}/surveys/results`)).json();
    const point = results.questions.find((q: { key: string }) => q.key === 'works_satisfaction').series[0].points[0];
    expect(point.answered).toBeNull();
    expect(point.mean).toBeNull();
  });
});
