import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { pdfText } from '../../test/pdf-text.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

describe('the report and the talking poster', () => {
  it('shows themes, top lists and approved quotes, no resident, small counts hidden; reviewed before it is published', async () => {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, {
      worker: { type: 'welfare', role: 'community_worker' },
      builder: { type: 'contractor', role: 'site_manager' },
      residents: { type: 'residents_group', role: 'resident_group' },
      policy: { type: 'municipality', role: 'policy_viewer' },
    });
    const worker = await clientFor(t.app, db, people.worker.id);
    const form = (await worker.get(`/api/projects/${projectId}/registration-form`)).json();
    // Twelve households; three of them "65 to 79" (a small group), the rest "30 to 49".
    for (let i = 0; i < 12; i++) {
      const home = await newAddress(db, projectId, { street: 'Wolfskuil', houseNumber: 100 + i });
      await newHousehold(db, home.id, { name: `Fam. Jansen-${i}` });
      const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
      const content = { answers: { age_group: i < 3 ? '65_79' : '30_49' }, openText: { person_obstacles: `Uitspraak ${i} over weinig contact.` } };
      expect(
        (await worker.put(`/api/projects/${projectId}/registrations/${randomUUID()}`, { formVersionId: form.id, visitId: visit.id, content })).statusCode,
      ).toBe(200);
    }
    const base = `/api/projects/${projectId}/picture`;
    const lonely = (await worker.post(`${base}/themes`, { name: 'Weinig contact tussen buren', conditions: ['social_cohesion'], valence: 'concern' })).json()
      .id;
    const garden = (
      await worker.post(`${base}/themes`, {
        name: 'Samen tuinieren in de binnentuin',
        conditions: ['social_cohesion', 'social_empowerment'],
        valence: 'promising',
      })
    ).json().id;
    await worker.put(`${base}/top-lists/concern`, { themeIds: [lonely] });
    await worker.put(`${base}/top-lists/promising`, { themeIds: [garden] });

    // A quote that names someone is not approved (here a resident who moved in after it was chosen); a rephrased one is.
    const quotes = (await worker.post(`${base}/quotes`, { category: 'person_obstacles', text: 'Pietersen spreekt nooit iemand.', themeId: lonely })).json()
      .quotes;
    await newHousehold(db, (await newAddress(db, projectId, { street: 'Wolfskuil', houseNumber: 99 })).id, { name: 'Fam. Pietersen' });
    const refused = await worker.post(`${base}/quotes/${quotes[0].id}/approve`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0].path).toBe('text');
    const clean = (
      await worker.post(`${base}/quotes`, { category: 'person_obstacles', text: 'Je groet elkaar, maar verder spreek je niemand.', themeId: lonely })
    ).json().quotes[1];
    expect((await worker.post(`${base}/quotes/${clean.id}/approve`)).json().quotes[1]).toMatchObject({ approved: true });

    // What goes outside the team may not identify anyone, the title and introduction included.
    const naming = await worker.post(`${base}/publications`, {
      kind: 'report',
      title: 'Beeld van de Wolfskuil',
      introduction: 'Met dank aan Fam. Jansen-4 op Wolfskuil 104.',
    });
    expect(naming.statusCode).toBe(400);
    expect(naming.json().fields.map((f: { path: string }) => f.path)).toEqual(['introduction']);
    expect((await worker.get(`${base}/publications`)).json().publications).toEqual([]);
    const made = await worker.post(`${base}/publications`, { kind: 'report', title: 'Beeld van de Wolfskuil', introduction: 'Wat bewoners ons vertelden.' });
    expect(made.statusCode, made.body).toBe(201);
    const report = made.json().publications[0];
    expect(report).toMatchObject({ kind: 'report', version: 1, stage: 'concept' });
    const { text, disposition } = await pdfText(worker, `${base}/publications/${report.id}/pdf`);
    expect(disposition).toBe('attachment; filename="verslag-v1.pdf"');
    for (const expected of [
      'Beeld van de Wolfskuil',
      'Weinig contact tussen buren',
      'Samen tuinieren in de binnentuin',
      'Sociale cohesie',
      'sociale empowerment',
      'Je groet elkaar',
      'We spraken met 12 huishoudens',
      'Niet gepubliceerd, versie 1 (Concept): niet verspreiden',
    ])
      expect(text).toContain(expected);
    // No resident, street or house number; the unapproved quote is left out; the small age group is hidden.
    for (const forbidden of ['Jansen', 'Wolfskuil 1', '104', 'spreekt nooit iemand']) expect(text).not.toContain(forbidden);
    // The small group has no bar and says so, instead of being left out.
    expect(text).toContain('65 tot 80');
    expect(text).toContain('< 5');
    expect(text).not.toMatch(/65 tot 80\s+3/);

    // The poster asks for the meeting it invites to. Its place and contact are the team's: a meeting
    // room's address, a phone number and an e-mail address pass; a resident's name or home does not.
    const posterInput = { kind: 'poster', title: 'Onze buurt', introduction: 'Dit hoorden we bij u aan de keukentafel.' };
    const withoutMeeting = await worker.post(`${base}/publications`, posterInput);
    expect(withoutMeeting.statusCode).toBe(400);
    expect(withoutMeeting.json().fields.map((f: { path: string }) => f.path)).toEqual(['meetingAt', 'meetingPlace', 'meetingContact']);
    const atAHome = await worker.post(`${base}/publications`, {
      ...posterInput,
      meetingAt: '2026-12-15T19:30',
      meetingPlace: 'Bij de familie thuis, Wolfskuil 104',
      meetingContact: 'Fam. Jansen-4, 024 123 45 67',
    });
    expect(atAHome.statusCode).toBe(400);
    expect(atAHome.json().fields).toEqual([
      expect.objectContaining({ path: 'meetingPlace', message: expect.stringContaining('Wolfskuil 104') }),
      expect.objectContaining({ path: 'meetingContact', message: expect.stringContaining('Jansen') }),
    ]);
    const made2 = await worker.post(`${base}/publications`, {
      ...posterInput,
      meetingAt: '2026-12-15T19:30',
      meetingPlace: 'Buurthuis De Wissel, Wolfskuil 2, 6524 AB Nijmegen',
      meetingContact: 'Buurtteam Wolfskuil, 024 765 43 21, wolfskuil@buurtteam.nl',
    });
    expect(made2.statusCode, made2.body).toBe(201);
    const poster = made2.json().publications.find((p: { kind: string }) => p.kind === 'poster');
    const posterPdf = await pdfText(worker, `${base}/publications/${poster.id}/pdf`);
    expect(posterPdf.pages).toBe(1);
    expect(posterPdf.text).toContain('Samen tuinieren in de binnentuin');
    expect(posterPdf.text).not.toContain('Jansen');
    for (const expected of [
      'dinsdag 15 december 2026 om 19:30',
      'Buurthuis De Wissel, Wolfskuil 2, 6524 AB Nijmegen',
      'Buurtteam Wolfskuil, 024 765 43 21, wolfskuil@buurtteam.nl',
    ])
      expect(posterPdf.text).toContain(expected);

    // The feedback to residents: what was heard and what has been done, a small number without the number.
    for (let i = 0; i < 6; i++)
      await db
        .insertInto('actions')
        .values({ project_id: projectId, signal_id: null, title: `Actie ${i}`, owner_id: people.worker.id, due_on: null, status: 'done', created_by: null })
        .execute();
    const feedback = (await worker.post(`${base}/publications`, { kind: 'feedback', title: 'Terugkoppeling huisbezoeken' }))
      .json()
      .publications.find((p: { kind: string }) => p.kind === 'feedback');
    const feedbackPdf = await pdfText(worker, `${base}/publications/${feedback.id}/pdf`);
    expect(feedbackPdf.text).toContain('6 acties zijn afgerond');
    expect(feedbackPdf.text).toContain('Weinig contact tussen buren');
    expect(feedbackPdf.text).not.toMatch(/huishoudens zijn, met hun toestemming/);

    // Review: the resident group sees it from its own turn on, others once published.
    const residents = await clientFor(t.app, db, people.residents.id);
    const policy = await clientFor(t.app, db, people.policy.id);
    const builder = await clientFor(t.app, db, people.builder.id);
    const visibleTo = async (client: TestClient) => (await client.get(`${base}/publications`)).json().publications.map((p: { id: string }) => p.id);
    expect(await visibleTo(residents)).toEqual([]);
    expect((await residents.get(`${base}/publications/${report.id}/pdf`)).statusCode).toBe(404);
    const namingNote = await worker.post(`${base}/publications/${report.id}/review`, { note: 'Het citaat over Wolfskuil 104 is te herkenbaar.' });
    expect(namingNote.json().fields[0].path).toBe('note');
    await worker.post(`${base}/publications/${report.id}/review`, { note: 'Gelezen door een buurtbewoner van elders: helder.' });
    await worker.post(`${base}/publications/${report.id}/review`, { note: '' });
    expect(await visibleTo(residents)).toEqual([report.id]);
    // The resident group sees that the version was reviewed, not the team's remarks.
    const seenByResidents = (await residents.get(`${base}/publications`)).json().publications[0];
    expect(seenByResidents.reviews.map((r: { stage: string; note: string }) => [r.stage, r.note])).toEqual([
      ['concept', ''],
      ['outside_reader', ''],
    ]);
    expect((await worker.get(`${base}/publications`)).json().publications.find((p: { id: string }) => p.id === report.id).reviews[0].note).toBe(
      'Gelezen door een buurtbewoner van elders: helder.',
    );
    expect(await visibleTo(policy)).toEqual([]);
    const published = (await worker.post(`${base}/publications/${report.id}/review`, { note: 'De bewonersprojectgroep is akkoord.' }))
      .json()
      .publications.find((p: { id: string }) => p.id === report.id);
    expect(published.stage).toBe('published');
    expect(published.reviews.map((r: { stage: string }) => r.stage)).toEqual(['concept', 'outside_reader', 'resident_group']);
    expect((await worker.post(`${base}/publications/${report.id}/review`, { note: '' })).statusCode).toBe(400);
    expect(await visibleTo(policy)).toEqual([report.id]);
    const final = await pdfText(builder, `${base}/publications/${report.id}/pdf`);
    expect(final.text).not.toContain('Niet gepubliceerd');
    // Making versions stays with the social team.
    expect((await builder.post(`${base}/publications`, { kind: 'report', title: 'x' })).statusCode).toBe(404);
    // Six PDFs drawn in the worker; slow on a shared machine.
  }, 120_000);
});
