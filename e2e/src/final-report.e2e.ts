/**
 * Journey of the final evaluation report (issue 13, phase 5): the project leader of the finished
 * Spoorbuurt makes a version of the final report, takes it through the review stages to published,
 * records that it was shared at the area table, and downloads the PDF: it holds a selected Most
 * Significant Change story with its reason, the walking club's ripple map and the survey trend of
 * the KTO rounds, and no household's name, street or address. Every page passes an axe check.
 */
import { PDFParse } from 'pdf-parse';
import { expect, it } from 'vitest';
import { expectAccessible, logIn, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

// From apps/server/src/demo: demo-stories.ts (the selected walking story and its reason), demo-ripples.ts (the map), demo-homes.ts (households and streets).
const story = 'Elke donderdag weer een reden om naar buiten te gaan';
const reason = 'Eenzaamheid was bij de start het grootste zorgpunt in de huisbezoeken.';
const rippleNodes = [
  'Ouderen die weinig buiten kwamen, wandelen elke week mee',
  'Buren kennen en groeten elkaar op straat',
  'Minder eenzaamheid onder ouderen in de buurt',
];
const householdNames = ['Fam. de Boer', 'Fam. Yilmaz', 'Fam. El Idrissi', 'Fam. Öztürk', 'Fam. Verhoeven', 'Fam. van den Heuvel'];
const streets = ['Spoorstraat', 'Seinstraat', 'Wisselstraat', 'Perronstraat', 'Dwarsliggerstraat', '6512 A'];

it('makes the Spoorbuurt final report, reviews and shares it, and its PDF holds the story, the ripple map and the survey trend but no household', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await page.goto('/login');
  await logIn(page, 'projectleider@thuis.demo');
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page
    .getByRole('link', { name: /Spoorbuurt/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /Spoorbuurt/ }).waitFor();
  await projectNav(page).getByRole('link', { name: 'Eindrapport' }).click();
  await page.getByRole('heading', { level: 1, name: 'Eindrapport' }).waitFor();
  await page.getByText('Er is nog geen versie van het eindrapport.').waitFor();
  await expectAccessible(page, 'final report: no version yet');

  const form = page.getByRole('form', { name: 'Nieuwe versie maken' });
  await expect.poll(() => form.getByLabel('Titel').inputValue()).toBe('Eindrapport Spoorbuurt');
  await form.getByLabel(/Inleiding/).fill('Wat de renovatie van de Spoorbuurt sociaal heeft opgeleverd.');
  await form.getByRole('button', { name: 'Versie maken' }).click();
  await page.getByRole('heading', { level: 3, name: 'Versie 1: Eindrapport Spoorbuurt' }).waitFor();
  await page.getByText('Concept', { exact: true }).waitFor();
  // The parts are stored by key and named in the reader's language.
  await page.getByText(/^Onderdelen: Fasen en data, Bereik, Signalen en acties/).waitFor();
  await expectAccessible(page, 'final report: a concept');

  // Concept → outside reader → resident project group → published.
  for (const stage of ['Concept', 'Bij een kritische buitenstaander', 'Bij de bewonersprojectgroep']) {
    const review = page.getByRole('form', { name: new RegExp(`^Beoordeling van versie 1 van het eindrapport \\(${stage}\\)`) });
    await review.getByLabel('Akkoord').check();
    await review.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
    await review.waitFor({ state: 'detached' });
  }
  await page.getByText('Gepubliceerd', { exact: true }).first().waitFor();
  await expectAccessible(page, 'final report: published');

  const share = page.getByRole('form', { name: 'Vastleggen waar versie 1 van het eindrapport is gedeeld' });
  await share.getByLabel('Waar').selectOption('area_table');
  await share.getByLabel('Datum').fill('2026-12-01');
  await share.getByLabel(/Opmerkingen/).fill('Besproken aan de gebiedstafel Nijmegen-Oost.');
  await share.getByRole('button', { name: 'Delen vastleggen' }).click();
  await page.getByText(/Besproken aan de gebiedstafel Nijmegen-Oost/).waitFor();
  await expectAccessible(page, 'final report: shared at the area table');

  const href = await page.getByRole('link', { name: 'PDF van versie 1 van het eindrapport downloaden' }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const text = (await new PDFParse({ data: new Uint8Array(await response.body()) }).getText()).text.replace(/\s+/g, ' ');
  expect(text).toContain('Eindrapport Spoorbuurt');
  expect(text).not.toContain('Niet gepubliceerd');
  expect(text).toContain(story);
  expect(text).toContain(reason);
  expect(text).toContain('Rimpelingen van de wekelijkse wandelclub');
  for (const node of rippleNodes) expect(text).toContain(node);
  // The survey trend: the Spoorbuurt's KTO rounds per question, each against the first.
  expect(text).toContain('Enquêtes door de tijd');
  expect(text).toContain('Hoe tevreden bent u over de werkzaamheden? (1–10)');
  expect(text).toContain('Verschil met de eerste ronde');
  expect(text.match(/Tevredenheid na de werkzaamheden \(KTO\)/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  expect(text).toMatch(/\(\d\d-\d\d-\d{4}\) \d+ \d+,\d [+-]\d+,\d/);
  for (const name of householdNames) expect(text).not.toContain(name);
  for (const street of streets) expect(text).not.toContain(street);
  await context.close();
});
