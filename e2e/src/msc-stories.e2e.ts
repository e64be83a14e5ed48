/**
 * Journey of Most Significant Change (issue 13, phase 5): the community worker records a story
 * under the fixed question, holds a selection round selecting it with a reason, and sees the
 * comparison; the resident project group then reads the selected story with the reason, and policy
 * only the comparison. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

async function openStories(page: Page, email: string) {
  await page.goto('/login');
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Lankforst: maisonettes' }).waitFor();
  await projectNav(page).getByRole('link', { name: 'Verhalen (MSC)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verhalen (Most Significant Change)' }).waitFor();
}

const title = 'Buren kennen elkaar weer bij naam';
const reason = 'Contact tussen oude en nieuwe bewoners was bij de start het grootste zorgpunt.';

it('records a story, selects it with a reason, and shows it to the resident project group; policy sees only the comparison', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const worker = await context.newPage();
  await worker.setViewportSize({ width: 1024, height: 1366 });
  await openStories(worker, 'opbouwwerker@thuis.demo');
  await worker.getByRole('heading', { level: 3, name: 'Wat is voor u de belangrijkste verandering in deze periode, en waarom?' }).waitFor();
  await worker.getByText('Er zijn nog geen verhalen.').first().waitFor();
  await expectAccessible(worker, 'stories: empty, with the form');

  const form = worker.getByRole('form', { name: 'Verhaal vastleggen' });
  await form.getByLabel('Bewoner', { exact: true }).check();
  await form.getByLabel('Begin van de periode').fill('2026-01-01');
  await form.getByLabel('Einde van de periode').fill('2026-06-30');
  await form.getByLabel('Titel van het verhaal').fill(title);
  await form
    .getByLabel('Verhaal', { exact: true })
    .fill('Sinds de koffieochtenden in de modelwoning groeten we elkaar op de galerij en weten we wie er nieuw is komen wonen.');
  await form.getByLabel('Waarom deze verandering belangrijk is').fill('Ik voel me minder alleen en durf buren om hulp te vragen.');
  await expectAccessible(worker, 'stories: filled in form');
  await form.getByRole('button', { name: 'Verhaal opslaan' }).click();
  await worker.getByText(`Verhaal "${title}" is opgeslagen.`).waitFor();
  await worker.getByRole('heading', { level: 3, name: title }).waitFor();
  await expectAccessible(worker, 'stories: list with the new story');

  const round = worker.getByRole('form', { name: 'Selectieronde vastleggen' });
  await round.getByLabel('Groep').selectOption({ label: 'Bewonersprojectgroep' });
  await round.getByLabel('Datum').fill('2026-07-02');
  await round.getByLabel('Deelnemers').fill('6');
  await round.getByLabel(`Gekozen: ${title}`).check();
  await round.getByLabel(`Waarom gekozen: ${title}`).fill(reason);
  await expectAccessible(worker, 'stories: selection round form');
  await round.getByRole('button', { name: 'Selectieronde opslaan' }).click();
  await worker.getByText('De selectieronde is opgeslagen met 1 gekozen verhaal.').waitFor();
  await worker.getByRole('heading', { level: 4, name: /^Bewonersprojectgroep, / }).waitFor();
  await worker.getByText(`Bewonersprojectgroep op 2 juli 2026: ${reason}`).waitFor();
  await worker.getByRole('table', { name: 'Gekozen verhalen per groep en soort verteller' }).waitFor();
  await expectAccessible(worker, 'stories: round and comparison');
  await context.close();

  const residentsContext = await newContext(running.browser, running.app.baseUrl);
  const residents = await residentsContext.newPage();
  await openStories(residents, 'bewoner@thuis.demo');
  await residents.getByRole('heading', { level: 2, name: 'Gekozen verhalen' }).waitFor();
  await residents.getByRole('heading', { level: 3, name: title }).waitFor();
  await residents.getByText(reason).first().waitFor();
  expect(await residents.getByRole('form', { name: 'Verhaal vastleggen' }).count()).toBe(0);
  // Counts leaving the social team pass the small-cell rule: one story is not shown as 1.
  await residents.getByRole('table', { name: 'Verhalen per thema en soort verteller' }).getByText('niet getoond').first().waitFor();
  await expectAccessible(residents, 'stories: selected, for the resident project group');
  await residentsContext.close();

  const policyContext = await newContext(running.browser, running.app.baseUrl);
  const policy = await policyContext.newPage();
  await openStories(policy, 'beleid@thuis.demo');
  await policy.getByRole('heading', { level: 2, name: 'Vergelijking' }).waitFor();
  expect(await policy.getByText(title).count()).toBe(0);
  await expectAccessible(policy, 'stories: comparison for policy');
  await policyContext.close();
});
