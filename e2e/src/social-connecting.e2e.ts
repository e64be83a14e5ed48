/**
 * Phase 4, social connecting, as one journey through the Lankforst (issue 12, acceptance 1): a
 * member of the resident project group proposes an activity in the concept action plan; the
 * community worker finds two consenting households by a shared talent and wish, records a match and
 * its outcome, and adds a meaningful place by clicking the map; the plan goes through its review
 * stages and is published by the resident group, and its PDF holds the activity and no name or
 * address of a household. Every page passes an axe check.
 */
import { PDFParse } from 'pdf-parse';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, logIn, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

async function openLankforst(page: Page, email: string, tab: string, heading: string) {
  await page.goto('/login');
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: /Lankforst/ }).waitFor();
  await projectNav(page).getByRole('link', { name: tab }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return page.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
}

async function recordReview(page: Page) {
  const form = page.getByRole('form', { name: /^Beoordeling van / });
  await form.getByRole('button', { name: 'Beoordeling vastleggen' }).click();
}

type Card = { id: string; contactName: string; address: string; gives: string };

it('goes from a proposal by the resident group, a match and a place on the map to a published plan without names', async () => {
  // 1. The resident project group proposes an activity in the concept.
  const residentContext = await newContext(running.browser, running.app.baseUrl);
  const resident = await residentContext.newPage();
  const projectId = await openLankforst(resident, 'bewoner@thuis.demo', 'Actieplan', 'Actieplan');
  await expectAccessible(resident, 'phase 4: concept plan for the resident group');
  const goalForm = resident.getByRole('form', { name: 'Doel toevoegen' });
  await goalForm.getByLabel('Versterken wat goed gaat').check();
  await goalForm.getByLabel('Titel').fill('Samen de binnentuin gebruiken');
  await goalForm.getByRole('button', { name: 'Doel toevoegen' }).click();
  await resident.getByRole('heading', { level: 5, name: 'Samen de binnentuin gebruiken' }).waitFor();
  await resident.getByRole('button', { name: 'Activiteit voorstellen voor Samen de binnentuin gebruiken' }).click();
  const activityForm = resident.getByRole('form', { name: 'Activiteit voorstellen voor Samen de binnentuin gebruiken' });
  await activityForm.getByLabel('Naam van de activiteit').fill('Pluktuin op zaterdag');
  await activityForm.getByLabel(/Plek/).fill('Binnentuin blok C');
  await activityForm.getByRole('button', { name: 'Voorstellen' }).click();
  await resident.getByText('Pluktuin op zaterdag').first().waitFor();
  await expectAccessible(resident, 'phase 4: the resident group proposed an activity');

  // 2. The community worker matches two consenting households with a shared talent and wish.
  const workerContext = await newContext(running.browser, running.app.baseUrl);
  const worker = await workerContext.newPage();
  await openLankforst(worker, 'opbouwwerker@thuis.demo', 'Talenten en koppelingen', 'Talenten en koppelingen');
  const cards = (await (await worker.request.get(`/api/projects/${projectId}/talent-cards?limit=200`)).json()).cards as Card[];
  let card: Card | undefined;
  let neighbour: Card | undefined;
  for (const c of cards) {
    const suggestions = (await (await worker.request.get(`/api/projects/${projectId}/talent-cards/${c.id}/suggestions`)).json()).suggestions as {
      card: Card;
    }[];
    const other = suggestions.find((s) => s.card.contactName !== c.contactName);
    if (other) [card, neighbour] = [c, other.card];
    if (card) break;
  }
  expect(card, 'the demo has two consenting households whose talent and wish meet').toBeDefined();
  await worker.getByLabel('Zoek in talenten').fill(card!.gives.split(/[;,. ]/)[0]!);
  await worker.getByRole('button', { name: 'Zoeken' }).click();
  const item = worker.getByRole('listitem').filter({ has: worker.getByRole('heading', { name: `${card!.contactName}, ${card!.address}` }) });
  await item.getByRole('button', { name: /^Koppel .* aan een buur$/ }).click();
  const matchForm = worker.getByRole('form', { name: `Koppel ${card!.contactName} aan een buur` });
  await matchForm.getByLabel('Buur', { exact: true }).selectOption(neighbour!.id);
  await matchForm.getByLabel('Soort koppeling').selectOption({ label: 'Gedeelde interesse' });
  await matchForm.getByLabel(`${card!.contactName} stemt in met deze koppeling`).check();
  await matchForm.getByLabel(`${neighbour!.contactName} stemt in met deze koppeling`).check();
  await matchForm.getByLabel('Navragen op').fill('2026-01-05');
  await expectAccessible(worker, 'phase 4: match form');
  await matchForm.getByRole('button', { name: 'Koppeling vastleggen' }).click();
  await worker.getByText(`${card!.contactName} en ${neighbour!.contactName} zijn gekoppeld.`).waitFor();
  const match = worker
    .getByRole('listitem')
    .filter({ has: worker.getByRole('heading', { name: `${card!.contactName} en ${neighbour!.contactName}` }) })
    .first();
  await match.getByRole('button', { name: /^Navragen/ }).click();
  await match.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Blijvend contact' });
  await match.getByLabel('Toelichting op de uitkomst').fill('Ze tuinieren nu samen.');
  await match.getByRole('button', { name: 'Opslaan' }).click();
  await worker.getByLabel('Toon', { exact: true }).selectOption({ label: 'Afgesloten' });
  await worker.getByText('Blijvend contact: Ze tuinieren nu samen.').waitFor();

  // 3. A meaningful place, added by a click on the map (no tile source: a plain background).
  await projectNav(worker).getByRole('link', { name: 'Plekken' }).click();
  await worker.getByRole('heading', { level: 1, name: 'Betekenisvolle plekken' }).waitFor();
  const map = worker.getByTestId('neighbourhood-map');
  await expect.poll(() => worker.locator('path.thuis-map-place').count()).toBeGreaterThan(0);
  const places = await worker.locator('path.thuis-map-place').count();
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.35, y: box.height * 0.65 } });
  await worker.getByRole('status').filter({ hasText: 'Gekozen plek' }).waitFor();
  const placeForm = worker.getByRole('form', { name: 'Plek toevoegen' });
  await placeForm.getByLabel('Soort plek').selectOption({ label: 'Moestuin' });
  await placeForm.getByLabel('Naam').fill('Pluktuin in de binnentuin');
  await placeForm.getByRole('button', { name: 'Plek toevoegen' }).click();
  await worker.getByText('Plek "Pluktuin in de binnentuin" is opgeslagen.').waitFor();
  await expect.poll(() => worker.locator('path.thuis-map-place').count()).toBe(places + 1);
  await expectAccessible(worker, 'phase 4: a place added on the map');

  // 4. The team sends the concept on and records the outside reader's approval; the group publishes it.
  await projectNav(worker).getByRole('link', { name: 'Actieplan' }).click();
  await worker.getByRole('heading', { level: 1, name: 'Actieplan' }).waitFor();
  await recordReview(worker);
  await worker.getByRole('form', { name: /^Beoordeling van .*\(Bij een kritische buitenstaander\)$/ }).waitFor();
  await expectAccessible(worker, 'phase 4: the plan with the outside reader');
  await recordReview(worker);
  // The team could record the group's review too (for a group without accounts); here the group does.
  await worker.getByRole('form', { name: /^Beoordeling van .*\(Bij de bewonersprojectgroep\)$/ }).waitFor();
  await workerContext.close();

  await resident.reload();
  await resident.getByRole('heading', { level: 1, name: 'Actieplan' }).waitFor();
  await expectAccessible(resident, 'phase 4: the plan at the resident group');
  await recordReview(resident);
  await expect
    .poll(async () => ((await (await resident.request.get(`/api/projects/${projectId}/action-plan`)).json()).versions as { stage: string }[])[0]?.stage)
    .toBe('published');
  await expectAccessible(resident, 'phase 4: the published plan');

  // 5. The published plan's PDF holds the activity, and no household's name or address.
  const href = await resident
    .getByRole('link', { name: /^PDF van actieplan versie/ })
    .first()
    .getAttribute('href');
  const response = await resident.request.get(href!);
  expect(response.status()).toBe(200);
  const parser = new PDFParse({ data: new Uint8Array(await response.body()) });
  const text = (await parser.getText()).text.replace(/\s+/g, ' ');
  await parser.destroy();
  expect(text).toContain('Pluktuin op zaterdag');
  expect(text).toContain('Samen de binnentuin gebruiken');
  for (const c of cards) {
    expect(text).not.toContain(c.contactName);
    expect(text).not.toContain(c.address);
  }
  expect(text).not.toMatch(/\b\d{4} ?[A-Z]{2}\b/); // no postcode
  await residentContext.close();
});
