/**
 * Journey of phase 1, the preparation (issue 15): the project leader opens "Voorbereiding" of the
 * Lankforst, records an orientation meeting, uploads a signed agreement, fills a cell of the task
 * matrix and records the last training topic of the contractor's social worker, after which the
 * visit planner no longer lists her as untrained. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

const untrainedNotice = (page: Page) => page.getByText(/Nog niet volledig getraind: .*Lotte Smit/);

/** The smallest PDF the server accepts as one: it checks the first bytes, not the name. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');

async function openPlanner(page: Page) {
  await projectNav(page).getByRole('link', { name: 'Huisbezoeken' }).click();
  await page.getByRole('button', { name: 'Bezoek plannen' }).click();
  return page.getByRole('form', { name: 'Bezoek plannen' });
}

it('records orientation, an agreement, the task matrix and training; the planner then counts the visitor as trained', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'projectleider@thuis.demo');

  // Before the training: the planner names the contractor's social worker, who missed the privacy plan.
  const planner = await openPlanner(page);
  await planner.getByLabel('Lotte Smit', { exact: false }).first().waitFor();
  await untrainedNotice(page).waitFor();
  await expectAccessible(page, 'visit planner with an untrained visitor');

  await projectNav(page).getByRole('link', { name: 'Voorbereiding' }).click();
  await page.getByRole('heading', { level: 1, name: 'Voorbereiding (fase 1)' }).waitFor();
  await page.getByRole('cell', { name: 'Buurthuis De Ster', exact: true }).waitFor();
  await expectAccessible(page, 'preparation page with the demo records');

  // Orientation: a meeting with a count and themes.
  const orientation = page.getByRole('form', { name: 'Bijeenkomst vastleggen' });
  await orientation.getByLabel(/^Datum/).fill('2021-07-08');
  await orientation.getByLabel('Aantal bewoners').fill('9');
  await orientation.getByLabel(/^Plek/).fill('Speeltuin Lankforst');
  await orientation.getByLabel(/^Thema’s/).fill('Speelplek, Verkeer');
  await orientation.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
  await page.getByRole('cell', { name: 'Speeltuin Lankforst', exact: true }).waitFor();
  await page.getByRole('cell', { name: 'Speelplek, Verkeer', exact: true }).waitFor();
  // A meeting recorded by mistake is removed again, after a confirmation naming it.
  await orientation.getByLabel(/^Datum/).fill('2021-07-09');
  await orientation.getByLabel('Aantal bewoners').fill('1');
  await orientation.getByLabel(/^Plek/).fill('Verkeerde plek');
  await orientation.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
  await page.getByRole('cell', { name: 'Verkeerde plek', exact: true }).waitFor();
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toBe('De bijeenkomst van 09-07-2021 in Verkeerde plek verwijderen? Dit kan niet ongedaan worden gemaakt.');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'De bijeenkomst van 09-07-2021 in Verkeerde plek verwijderen' }).click();
  await page.getByRole('cell', { name: 'Verkeerde plek', exact: true }).waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'Speeltuin Lankforst', exact: true }).waitFor();

  // Agreements: a Word file that is not one is refused; a PDF is kept and offered for download.
  const upload = page.getByLabel('Document uploaden voor Woonstichting De Linde – Welzijn Nijmegen Samen');
  await upload.setInputFiles({ name: 'overeenkomst.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('geen word-bestand') });
  await page.getByText('kies een PDF- of Word-bestand', { exact: false }).first().waitFor();
  await upload.setInputFiles({ name: 'getekend.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('link', { name: 'Download getekend.pdf' }).waitFor();

  // Task matrix: who makes the neighbourhood picture with the residents in phase 3 of task 2.
  const task = page.getByRole('group', { name: 'Taak 2' });
  await task.getByLabel('Fase 3 Buurtbeeld').selectOption({ label: 'Bouwbedrijf Van den Berg' });
  await page.getByRole('button', { name: 'Taakverdeling opslaan' }).click();
  await expect.poll(async () => (await task.getByLabel('Fase 3 Buurtbeeld').locator('option:checked').textContent())?.trim()).toBe('Bouwbedrijf Van den Berg');
  await expectAccessible(page, 'preparation page after the changes');

  // Training: the last topic of Lotte Smit, with its hours.
  const training = page.getByRole('form', { name: 'Training vastleggen' });
  await training.getByLabel('Bezoeker').selectOption({ label: 'Lotte Smit' });
  await training.getByLabel('Onderwerp').selectOption({ label: 'Het privacyplan' });
  await training.getByLabel('Datum training').fill('2021-07-12');
  await training.getByLabel(/^Uren/).fill('1,5');
  await training.getByRole('button', { name: 'Training vastleggen' }).click();
  await page.getByRole('row', { name: /Lotte Smit.*Getraind/ }).waitFor();

  const again = await openPlanner(page);
  await again.getByLabel('Lotte Smit', { exact: false }).first().waitFor();
  expect(await untrainedNotice(page).count()).toBe(0);
  await expectAccessible(page, 'visit planner after the training');
  await context.close();
});
