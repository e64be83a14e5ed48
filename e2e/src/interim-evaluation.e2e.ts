/**
 * Journey of the interim evaluations (issue 13, phase 5): the project leader reads the Lankforst's
 * first evaluation, writes a yearly one (the draft survives a reload), whose adjustment becomes an
 * action with an owner on the action list; the evaluation sits on the plan's timeline; the resident
 * project group reads the evaluations without being able to write. An evaluation is edited (identifying
 * details refused) and deleted after a confirmation, its action kept. Then before-and-after measuring is
 * turned on and a measurement recorded at a visit without a connection (it waits in the outbox and is
 * sent once), corrected and deleted. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

it('writes an interim evaluation whose adjustment becomes an action, shows it on the timeline, and lets the resident group read it', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const leader = await context.newPage();
  await openProject(leader, 'projectleider@thuis.demo');
  await projectNav(leader).getByRole('link', { name: 'Tussentijdse evaluaties' }).click();
  await leader.getByRole('heading', { level: 1, name: 'Tussentijdse evaluaties' }).waitFor();
  await leader.getByRole('heading', { level: 2, name: 'Einde fase 1: Voorbereiding' }).waitFor();
  await leader.getByText('4 leden van de bewonersprojectgroep', { exact: false }).waitFor();
  await expectAccessible(leader, 'interim evaluations: list with the demo evaluation');

  await leader.getByRole('button', { name: 'Nieuwe evaluatie' }).click();
  let form = leader.getByRole('form', { name: 'Nieuwe tussentijdse evaluatie' });
  await form.getByLabel('Soort evaluatie').selectOption({ label: 'Jaarlijks' });
  await form.getByLabel('Jaar').fill('2026');
  await form.getByLabel('Datum van de evaluatie').fill('2026-11-30');
  await form.getByLabel(/^Wat ging goed/).fill('De bewonersprojectgroep denkt actief mee over de planning.');
  // What is typed is kept on this device: a reload does not lose it.
  await form.getByText(/Concept op dit apparaat bewaard om/).waitFor();
  await leader.reload();
  await leader.getByRole('heading', { level: 1, name: 'Tussentijdse evaluaties' }).waitFor();
  await leader.getByRole('button', { name: 'Nieuwe evaluatie' }).click();
  form = leader.getByRole('form', { name: 'Nieuwe tussentijdse evaluatie' });
  await form.getByText(/Het concept van .* is teruggezet/).waitFor();
  expect(await form.getByLabel(/^Wat ging goed/).inputValue()).toBe('De bewonersprojectgroep denkt actief mee over de planning.');
  expect(await form.getByLabel('Jaar').inputValue()).toBe('2026');

  await form.getByLabel('Ahmed El Amrani').check();
  await form.getByLabel('Peter Bosman').check();
  await form.getByLabel('Aantal aanwezigen van de bewonersprojectgroep').fill('3');
  await form.getByLabel(/^Knelpunten/).fill('Vragen over de werkzaamheden blijven soms te lang liggen.');
  await form.getByLabel('Samenwerking corporatie en aannemer').selectOption({ label: 'Aandacht nodig' });
  await form.getByLabel('Samenwerking corporatie en welzijnsorganisatie').selectOption({ label: 'Goed' });
  await form.getByRole('button', { name: 'Bijstelling toevoegen' }).click();
  const adjustment = form.getByRole('group', { name: 'Bijstelling 1' });
  await adjustment.getByLabel('Wat stellen we bij').fill('Vragenuur met de uitvoerder in de modelwoning');
  await adjustment.getByLabel('Eigenaar').selectOption({ label: 'Marieke Jansen' });
  await adjustment.getByLabel(/^Uiterlijk op/).fill('2027-01-31');
  await expectAccessible(leader, 'interim evaluations: new evaluation form');
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await leader.getByText('Evaluatie opgeslagen: Jaarevaluatie 2026.').waitFor();
  const card = leader.getByRole('article', { name: 'Jaarevaluatie 2026' });
  await card.getByText(/Vragenuur met de uitvoerder in de modelwoning \(eigenaar Marieke Jansen/).waitFor();
  await expectAccessible(leader, 'interim evaluations: list with the new evaluation');

  // The adjustment is an action with its owner on the action list.
  await projectNav(leader).getByRole('link', { name: 'Actielijst' }).click();
  await leader.getByRole('heading', { level: 1, name: 'Actielijst' }).waitFor();
  await leader.getByText('Vragenuur met de uitvoerder in de modelwoning').first().waitFor();
  await leader
    .getByText(/Bijstelling uit evaluatie van/)
    .first()
    .waitFor();
  await expectAccessible(leader, 'action list with an adjustment');

  // Both evaluations sit on the plan's timeline by date.
  await projectNav(leader).getByRole('link', { name: 'Planning' }).click();
  await leader.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
  const table = leader.getByRole('table', { name: /./ }).filter({ hasText: 'Jaarevaluatie 2026' });
  await table.getByText('Einde fase 1: Voorbereiding').waitFor();
  await leader.getByText('Tussentijdse evaluaties', { exact: true }).first().waitFor();
  await expectAccessible(leader, 'plan with the evaluations on the timeline');
  await context.close();

  // The resident project group reads them, and cannot write.
  const residentsContext = await newContext(running.browser, running.app.baseUrl);
  const residents = await residentsContext.newPage();
  await openProject(residents, 'bewoner@thuis.demo');
  await projectNav(residents).getByRole('link', { name: 'Tussentijdse evaluaties' }).click();
  await residents.getByRole('heading', { level: 2, name: 'Jaarevaluatie 2026' }).waitFor();
  expect(await residents.getByRole('button', { name: 'Nieuwe evaluatie' }).count()).toBe(0);
  await expectAccessible(residents, 'interim evaluations for the resident project group');
  await residentsContext.close();
});

it('turns before-and-after measuring on, shows the report tables, and records a measurement at a visit', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const leader = await context.newPage();
  await openProject(leader, 'projectleider@thuis.demo');
  const projectId = leader.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
  await projectNav(leader).getByRole('link', { name: 'Tussentijdse evaluaties' }).click();
  const section = leader.getByRole('region', { name: 'Voor en na per huishouden' });
  await section.getByText(/Voor- en nametingen staan uit in dit project/).waitFor();
  await section.getByRole('button', { name: 'Voor- en nametingen aanzetten' }).click();
  await section.getByRole('table', { name: 'Gemiddelde verandering per bouwfase' }).waitFor();
  await section.getByRole('table', { name: 'Gemiddelde verandering per leeftijdsgroep' }).waitFor();
  await expectAccessible(leader, 'interim evaluations with the before-and-after report');

  // At a visit, the measurement sits under the registration form.
  const visits = (await (await leader.request.get(`/api/projects/${projectId}/visits?from=2020-01-01&to=2030-01-01`)).json()).items as { id: string }[];
  expect(visits.length).toBeGreaterThan(0);
  await leader.goto(`/projects/${projectId}/visits/${visits[0]!.id}/register`);
  await leader.getByRole('heading', { level: 1, name: 'Gesprek registreren' }).waitFor();
  const measure = leader.getByRole('form', { name: 'Voor- en nameting' });
  await measure.getByLabel('Moment van meten').selectOption({ label: 'Later (nameting)' });
  await measure.getByLabel('Welbevinden (1-10)').selectOption('8');
  await measure.getByLabel('Trede op de participatieladder (1-6)').selectOption({ label: '4 Onbetaald werk, vrijwilligerswerk' });
  await expectAccessible(leader, 'registration page with the before-and-after measurement');
  // Let the service worker take control, so the page also opens without a connection.
  await leader
    .waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 })
    .catch(async () => {
      await leader.reload();
      await leader.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    });
  // At the door without a connection: the measurement waits in the device's outbox, like a registration.
  await context.setOffline(true);
  await measure.getByLabel('Moment van meten').selectOption({ label: 'Later (nameting)' });
  await measure.getByLabel('Welbevinden (1-10)').selectOption('8');
  await measure.getByLabel('Trede op de participatieladder (1-6)').selectOption({ label: '4 Onbetaald werk, vrijwilligerswerk' });
  await measure.getByRole('button', { name: 'Meting opslaan' }).click();
  await measure.getByText(/^Geen verbinding: de meting staat klaar op dit apparaat/).waitFor();
  await measure.getByText('1 meting van dit bezoek wacht op verbinding.').waitFor();
  await expectAccessible(leader, 'registration page with a measurement waiting offline');
  // The tablet reloads the page, still offline: the measurement form and what waits are still there.
  await leader.reload();
  await measure.getByText('1 meting van dit bezoek wacht op verbinding.').waitFor();
  // Back online: it is sent, once.
  await context.setOffline(false);
  await leader.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(() => measure.getByText('1 meting van dit bezoek wacht op verbinding.').count(), { timeout: 45_000 }).toBe(0);

  // The household's measurements are listed at the visit, and can be corrected and deleted.
  const stored = leader.getByRole('region', { name: 'Metingen van dit huishouden' });
  const line = /^Later \(nameting\), .*: welbevinden 8, trede 4$/;
  await stored.getByText(line).waitFor();
  expect(await stored.getByText(line).count()).toBe(1);
  await stored.getByRole('button', { name: /^Corrigeren: Later \(nameting\)/ }).click();
  const correction = stored.getByRole('form', { name: 'Meting corrigeren' });
  await correction.getByLabel('Welbevinden (1-10)').selectOption('7');
  await expectAccessible(leader, 'registration page correcting a measurement');
  await correction.getByRole('button', { name: 'Correctie opslaan' }).click();
  await stored.getByText('De meting is gecorrigeerd.').waitFor();
  await stored.getByText(/^Later \(nameting\), .*: welbevinden 7, trede 4$/).waitFor();
  leader.once('dialog', (dialog) => void dialog.accept());
  await stored.getByRole('button', { name: /^Verwijderen: Later \(nameting\)/ }).click();
  await stored.getByText('De meting is verwijderd.').waitFor();
  await expect.poll(() => stored.getByText(/^Later \(nameting\), .*: welbevinden 7, trede 4$/).count()).toBe(0);
  await context.close();
});

it('edits a saved evaluation (refusing identifying details) and deletes it after a confirmation, keeping its action on the action list', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const leader = await context.newPage();
  await openProject(leader, 'projectleider@thuis.demo');
  await projectNav(leader).getByRole('link', { name: 'Tussentijdse evaluaties' }).click();
  await leader.getByRole('heading', { level: 1, name: 'Tussentijdse evaluaties' }).waitFor();

  await leader.getByRole('button', { name: 'Nieuwe evaluatie' }).click();
  let form = leader.getByRole('form', { name: 'Nieuwe tussentijdse evaluatie' });
  await form.getByLabel('Soort evaluatie').selectOption({ label: 'Jaarlijks' });
  await form.getByLabel('Jaar').fill('2025');
  await form.getByLabel('Datum van de evaluatie').fill('2025-12-10');
  await form.getByLabel(/^Wat ging goed/).fill('De inloopochtenden worden goed bezocht.');
  await form.getByRole('button', { name: 'Bijstelling toevoegen' }).click();
  const adjustment = form.getByRole('group', { name: 'Bijstelling 1' });
  await adjustment.getByLabel('Wat stellen we bij').fill('Inloopochtend ook op zaterdag');
  await adjustment.getByLabel('Eigenaar').selectOption({ label: 'Marieke Jansen' });
  await form.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await leader.getByText('Evaluatie opgeslagen: Jaarevaluatie 2025.').waitFor();

  // Edited after saving: a phone number in a text is refused at its field, and what was saved stays.
  const card = leader.getByRole('article', { name: 'Jaarevaluatie 2025' });
  await card.getByRole('button', { name: 'Wijzigen: Jaarevaluatie 2025' }).click();
  form = leader.getByRole('form', { name: 'Tussentijdse evaluatie wijzigen' });
  await form.getByLabel(/^Knelpunten/).fill('Bewoners bellen 06-12345678 als de lift stuk is.');
  await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await form
    .getByText(/hierin staat iets waaraan iemand te herkennen is/)
    .first()
    .waitFor();
  await expectAccessible(leader, 'interim evaluations: an edit refused for identifying details');
  await form.getByLabel(/^Knelpunten/).fill('De lift is vaak stuk; bewoners weten niet wie ze moeten bellen.');
  await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await leader.getByText('Wijzigingen opgeslagen: Jaarevaluatie 2025.').waitFor();
  await card.getByText('De lift is vaak stuk; bewoners weten niet wie ze moeten bellen.').waitFor();
  await expectAccessible(leader, 'interim evaluations: an edited evaluation');

  // Deleted after a confirmation that says the action made from its adjustment stays.
  let question = '';
  leader.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await card.getByRole('button', { name: 'Verwijderen: Jaarevaluatie 2025' }).click();
  await leader.getByText('Evaluatie verwijderd: Jaarevaluatie 2025.', { exact: false }).waitFor();
  expect(question).toContain('De actie die uit de afgesproken bijstelling is gemaakt, blijft op de actielijst staan.');
  await expect.poll(() => leader.getByRole('article', { name: 'Jaarevaluatie 2025' }).count()).toBe(0);
  await expectAccessible(leader, 'interim evaluations: after deleting one');

  await projectNav(leader).getByRole('link', { name: 'Actielijst' }).click();
  await leader.getByRole('heading', { level: 1, name: 'Actielijst' }).waitFor();
  await leader.getByText('Inloopochtend ook op zaterdag').first().waitFor();
  await expectAccessible(leader, 'action list keeping the action of a deleted evaluation');
  await context.close();
});
