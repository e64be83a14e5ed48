import { randomUUID } from 'node:crypto';
import type { PictureContent } from '@thuis/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newReferral, newTeamProject, newVisit } from '../../test/factories.js';
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

/**
 * What someone holding two published PDFs does: pair every count of households or actions with the
 * words before it, and subtract the counts that stand behind the same words in both versions.
 */
function smallDifferences(before: string, after: string, threshold = 5) {
  const figures = (text: string) => {
    const found = new Map<string, number>();
    for (const m of text.matchAll(/((?:\S+ ){3})(\d+)(?= (?:huishoudens|acties))/g)) if (!found.has(m[1]!)) found.set(m[1]!, Number(m[2]));
    return found;
  };
  const a = figures(before);
  const b = figures(after);
  return [...b]
    .filter(([words, value]) => a.has(words) && Math.abs(value - a.get(words)!) > 0 && Math.abs(value - a.get(words)!) < threshold)
    .map(([words, value]) => `${words}${a.get(words)} → ${value}`);
}

/** The same attack on every figure the PDFs are drawn from, the charts' bars included. */
function smallContentDifferences(before: PictureContent, after: PictureContent, threshold = 5) {
  const figures = (content: PictureContent) => {
    const found = new Map<string, number | null>([
      ['households', content.households],
      ['actionsDone', content.followUp.actionsDone],
      ['referred', content.followUp.householdsReferred],
    ]);
    for (const q of content.questions) {
      q.options.forEach((o) => found.set(`${q.label}/${o.label}`, o.count));
      found.set(`${q.label}/-`, q.noAnswer);
    }
    for (const themes of Object.values(content.themesByCondition)) for (const theme of themes) found.set(theme.name, theme.households);
    return found;
  };
  const a = figures(before);
  return [...figures(after)]
    .filter(([key, value]) => value !== null && a.get(key) != null && Math.abs(value - a.get(key)!) > 0 && Math.abs(value - a.get(key)!) < threshold)
    .map(([key, value]) => `${key}: ${a.get(key)} → ${value}`);
}

describe('published versions of the picture', () => {
  it('cannot be subtracted from each other: three households added between two versions give nothing away', async () => {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, {
      worker: { type: 'welfare', role: 'community_worker' },
      debtHelp: { type: 'care_partner', role: 'partner_contact' },
      policy: { type: 'municipality', role: 'policy_viewer' },
    });
    const worker = await clientFor(t.app, db, people.worker.id);
    const policy = await clientFor(t.app, db, people.policy.id);
    const form = (await worker.get(`/api/projects/${projectId}/registration-form`)).json();
    const base = `/api/projects/${projectId}/picture`;
    // A theme the team named before anyone raised it: "0 households" is a figure too.
    const stairs = (await worker.post(`${base}/themes`, { name: 'Niet meer de trap op kunnen', conditions: ['social_inclusion'], valence: 'concern' })).json()
      .id;
    const contact = (await worker.post(`${base}/themes`, { name: 'Goed contact in de portiek', conditions: ['social_cohesion'], valence: 'promising' })).json()
      .id;

    let number = 1;
    async function register(ageGroup: string, themeIds: string[]) {
      const home = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: number++ });
      const household = await newHousehold(db, home.id, { name: `Fam. Verhoeven-${number}` });
      const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
      const content = { answers: { age_group: ageGroup }, openText: { person_obstacles: 'Over de buurt en de buren.' } };
      const saved = await worker.put(`/api/projects/${projectId}/registrations/${randomUUID()}`, { formVersionId: form.id, visitId: visit.id, content });
      expect(saved.statusCode, saved.body).toBe(200);
      if (themeIds.length)
        expect((await worker.put(`${base}/codings`, { registrationId: saved.json().id, category: 'person_obstacles', themeIds })).statusCode).toBe(200);
      return household;
    }
    // 40 households: 20 aged 30 to 49, 12 aged 50 to 64, 8 aged 80 or older; 15 of them in contact with debt help.
    const households = [];
    for (let i = 0; i < 40; i++) households.push(await register(i < 20 ? '30_49' : i < 32 ? '50_64' : '80_plus', i < 10 ? [contact] : []));
    for (const household of households.slice(0, 15)) await newReferral(db, projectId, household.id, people.debtHelp.organisationId);

    async function publishAll(title: string) {
      const ids: Record<string, string> = {};
      for (const kind of ['report', 'poster', 'feedback'] as const) {
        const made = await worker.post(`${base}/publications`, {
          kind,
          title,
          introduction: 'Wat bewoners ons vertelden.',
          meetingAt: '2026-12-15T19:30',
          meetingPlace: 'Buurthuis De Wissel',
          meetingContact: 'Buurtteam, 020-123 45 67',
        });
        expect(made.statusCode, made.body).toBe(201);
        const id = made.json().publications.find((p: { kind: string; title: string }) => p.kind === kind && p.title === title).id;
        for (let step = 0; step < 3; step++) expect((await worker.post(`${base}/publications/${id}/review`, { note: '' })).statusCode).toBe(200);
        ids[kind] = id;
      }
      return ids;
    }
    const first = await publishAll('Beeld van de Spoorbuurt');
    const firstText = Object.fromEntries(
      await Promise.all(Object.entries(first).map(async ([kind, id]) => [kind, (await pdfText(worker, `${base}/publications/${id}/pdf`)).text])),
    );
    expect(firstText.report).toContain('We spraken met 40 huishoudens');
    expect(firstText.report).toContain('Niet meer de trap op kunnen (zorgpunt, aantal niet getoond)');
    expect(firstText.feedback).toContain('15 huishoudens zijn, met hun toestemming');

    // Three more households: all 80 or older, all raise the stairs, one of them is referred.
    const added = [];
    for (let i = 0; i < 3; i++) added.push(await register('80_plus', [stairs]));
    await newReferral(db, projectId, added[0]!.id, people.debtHelp.organisationId);

    const second = await publishAll('Beeld van de Spoorbuurt, bijgewerkt');
    for (const kind of ['report', 'poster', 'feedback'] as const) {
      const { text } = await pdfText(policy, `${base}/publications/${second[kind]}/pdf`);
      expect(smallDifferences(firstText[kind]!, text), kind).toEqual([]);
      const content = async (id: string) =>
        (await db.selectFrom('picture_publications').where('id', '=', id).select('content').executeTakeFirstOrThrow()).content;
      expect(smallContentDifferences(await content(first[kind]!), await content(second[kind]!)), kind).toEqual([]);
      if (kind === 'report') {
        expect(text).not.toContain('43 huishoudens');
        expect(text).toContain('Sinds de vorige versie spraken we weinig nieuwe huishoudens');
        expect(text).toContain('Niet meer de trap op kunnen (zorgpunt, aantal niet getoond)');
        // What did not change is still there.
        expect(text).toContain('Goed contact in de portiek (kansrijk, 10 huishoudens)');
      }
      if (kind === 'feedback') {
        expect(text).not.toContain('16 huishoudens');
        expect(text).toContain('Een aantal huishoudens is, met hun toestemming');
      }
      // Outside the team only the latest version can be read; the team keeps the earlier one.
      expect((await policy.get(`${base}/publications/${first[kind]}/pdf`)).statusCode).toBe(404);
      expect((await worker.get(`${base}/publications/${first[kind]}/pdf`)).statusCode).toBe(200);
    }
    expect(
      (await policy.get(`${base}/publications`))
        .json()
        .publications.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual(Object.values(second).sort());
    expect((await worker.get(`${base}/publications`)).json().publications).toHaveLength(6);
    // 43 registrations and twelve PDFs through the API: slow on a loaded machine, not a hang.
  }, 180_000);

  it('protects a version again when another one is published before it', async () => {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
    const worker = await clientFor(t.app, db, people.worker.id);
    const form = (await worker.get(`/api/projects/${projectId}/registration-form`)).json();
    const base = `/api/projects/${projectId}/picture`;
    const register = async (i: number) => {
      const home = await newAddress(db, projectId, { street: 'Kanaalweg', houseNumber: 200 + i });
      await newHousehold(db, home.id);
      const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
      const saved = await worker.put(`/api/projects/${projectId}/registrations/${randomUUID()}`, {
        formVersionId: form.id,
        visitId: visit.id,
        content: { answers: { age_group: '30_49' }, openText: {} },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    };
    for (let i = 0; i < 30; i++) await register(i);
    const poster = (
      await worker.post(`${base}/publications`, {
        kind: 'poster',
        title: 'Praatplaat',
        meetingAt: '2026-12-15T19:30',
        meetingPlace: 'Buurthuis De Wissel',
        meetingContact: 'Buurtteam, 020-123 45 67',
      })
    ).json().publications[0];
    for (let i = 30; i < 32; i++) await register(i);
    // The report is made and published after two more households; the poster, made before, is published last.
    const report = (await worker.post(`${base}/publications`, { kind: 'report', title: 'Verslag' }))
      .json()
      .publications.find((p: { kind: string }) => p.kind === 'report');
    for (let step = 0; step < 3; step++) await worker.post(`${base}/publications/${report.id}/review`, { note: '' });
    expect((await pdfText(worker, `${base}/publications/${report.id}/pdf`)).text).toContain('We spraken met 32 huishoudens');
    expect((await pdfText(worker, `${base}/publications/${poster.id}/pdf`)).text).toContain('We spraken met 30 huishoudens');
    for (let step = 0; step < 3; step++) await worker.post(`${base}/publications/${poster.id}/review`, { note: '' });
    expect((await pdfText(worker, `${base}/publications/${poster.id}/pdf`)).text).not.toContain('30 huishoudens');
  }, 120_000);
});
