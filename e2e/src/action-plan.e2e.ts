/**
 * Journey of the action plan (issue 12): a member of the resident project group opens the
 * Lankforst's concept plan, proposes a goal and an activity for it, and the page passes an axe
 * check; the plan's PDF holds the activity.
 */
import { PDFParse } from 'pdf-parse';
import { expect, it } from 'vitest';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

it('lets the resident project group propose a goal and an activity in the concept plan', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'bewoner@thuis.demo');
  await projectNav(page).getByRole('link', { name: 'Actieplan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Actieplan' }).waitFor();
  await page.getByRole('heading', { name: /Versie 1: Actieplan Lankforst/ }).waitFor();
  await expectAccessible(page, 'action plan');

  const goalForm = page.getByRole('form', { name: 'Doel toevoegen' });
  await goalForm.getByLabel('Verbeteren wat aandacht nodig heeft').check();
  await goalForm.getByLabel('Titel').fill('Elkaar groeten in het trappenhuis');
  await goalForm.getByLabel(/Weinig contact tussen oude en nieuwe bewoners/).check();
  await goalForm.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.getByRole('heading', { level: 5, name: 'Elkaar groeten in het trappenhuis' }).waitFor();

  await page.getByRole('button', { name: 'Activiteit voorstellen voor Elkaar groeten in het trappenhuis' }).click();
  const activityForm = page.getByRole('form', { name: 'Activiteit voorstellen voor Elkaar groeten in het trappenhuis' });
  await activityForm.getByLabel('Naam van de activiteit').fill('Portiekborrel');
  await activityForm.getByLabel(/Plek/).fill('Trappenhuis blok B');
  await activityForm.getByRole('button', { name: 'Voorstellen' }).click();
  // The activity shows in the goal and as a choice "Portiekborrel (voorgesteld)" in the goal form: wait for the first.
  await page.getByText('Portiekborrel', { exact: true }).first().waitFor();
  await expectAccessible(page, 'action plan with a proposed activity');

  const href = await page.getByRole('link', { name: /PDF van actieplan versie 1 downloaden/ }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const text = (await new PDFParse({ data: new Uint8Array(await response.body()) }).getText()).text.replace(/\s+/g, ' ');
  expect(text).toContain('Portiekborrel');
  expect(text).toContain('Elkaar groeten in het trappenhuis');
  await context.close();
});
