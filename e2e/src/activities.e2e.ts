/**
 * Journey of the activity register (issue 12, phase 4): the community worker adds an activity and
 * sees it on the board in its status column; the project page shows phase 4's progress; the site
 * manager reads the register without being able to change it. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

it('adds an activity and sees it on the board; the project page shows the progress; the contractor only reads', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const worker = await context.newPage();
  await openProject(worker, 'opbouwwerker@thuis.demo');
  await worker.getByRole('heading', { level: 2, name: 'Sociaal verbinden' }).waitFor();
  await worker.getByRole('img', { name: /Activiteiten per thema en soort/ }).waitFor();
  await expectAccessible(worker, 'project page with phase-4 progress');

  await projectNav(worker).getByRole('link', { name: 'Activiteiten' }).click();
  await worker.getByRole('heading', { level: 1, name: 'Activiteiten' }).waitFor();
  await worker.getByRole('heading', { level: 3, name: /^Loopt \(\d+\)$/ }).waitFor();
  await expectAccessible(worker, 'activities: board');

  await worker.getByRole('button', { name: 'Nieuwe activiteit' }).click();
  const form = worker.getByRole('form', { name: 'Nieuwe activiteit' });
  await form.getByLabel('Soort activiteit').selectOption({ label: 'Collectieve activiteit' });
  await form.getByLabel('Status').selectOption({ label: 'Gepland' });
  await form.getByLabel('Titel').fill('Buurtbarbecue op het grasveld');
  await form.getByLabel(/^Plek/).fill('Grasveld tussen gebouw B en C');
  await form.getByLabel('Samen iets doen in de buurt').check();
  await expectAccessible(worker, 'activities: new activity form');
  await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await worker.getByText('Activiteit "Buurtbarbecue op het grasveld" toegevoegd.').waitFor();

  const planned = worker.locator('.thuis-board__column').filter({ has: worker.getByRole('heading', { level: 3, name: /^Gepland/ }) });
  await planned.getByRole('heading', { level: 4, name: 'Buurtbarbecue op het grasveld' }).waitFor();
  await expectAccessible(worker, 'activities: board with the new activity');

  // Hours worked on it go on the phase-4 line and show in the hours overview against the budget.
  await planned.getByRole('button', { name: 'activiteit "Buurtbarbecue op het grasveld" wijzigen' }).click();
  const hoursForm = worker.getByRole('form', { name: 'Uren boeken' });
  await hoursForm.getByLabel('Datum').fill('2026-06-12');
  await hoursForm.getByLabel('Uren').fill('1,5');
  await expectAccessible(worker, 'activities: edit with reach and hours');
  await hoursForm.getByRole('button', { name: 'Uren boeken' }).click();
  await worker.getByText('Uren geboekt op fase 4 (sociaal verbinden).').waitFor();
  // The edit panel says the total under the form; the card on the board shows it too.
  await worker.getByRole('paragraph').filter({ hasText: '1,5 uur geboekt van – begroot' }).waitFor();
  await planned.getByRole('definition').filter({ hasText: '1,5 uur geboekt van – begroot' }).waitFor();
  await projectNav(worker).getByRole('link', { name: 'Uren' }).click();
  await worker.getByRole('heading', { level: 1, name: 'Uren' }).waitFor();
  const phaseRow = worker.getByRole('row').filter({ hasText: 'Sociaal verbinden' }).first();
  await expect.poll(async () => (await phaseRow.innerText()).replace(/\s+/g, ' ')).toMatch(/Sociaal verbinden.*200.*13,5/);
  await expectAccessible(worker, 'hours with the activity hours');
  await projectNav(worker).getByRole('link', { name: 'Activiteiten' }).click();
  await planned.getByRole('heading', { level: 4, name: 'Buurtbarbecue op het grasveld' }).waitFor();

  await worker.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Lijst', exact: true }).click();
  await worker.getByRole('table', { name: 'Activiteiten' }).getByText('Buurtbarbecue op het grasveld').first().waitFor();
  await expectAccessible(worker, 'activities: list');
  await context.close();

  const builderContext = await newContext(running.browser, running.app.baseUrl);
  const builder = await builderContext.newPage();
  await openProject(builder, 'uitvoerder@thuis.demo');
  await projectNav(builder).getByRole('link', { name: 'Activiteiten' }).click();
  await builder.getByRole('heading', { level: 4, name: 'Buurtbarbecue op het grasveld' }).waitFor();
  expect(await builder.getByRole('button', { name: 'Nieuwe activiteit' }).count()).toBe(0);
  await expectAccessible(builder, 'activities: board for the contractor');
  await builderContext.close();
});
