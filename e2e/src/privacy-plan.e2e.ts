/**
 * Journey of phase 1 (issue 15): the project leader fills in the fit check; changing the privacy
 * contact makes a new version of the privacy plan, so planning a visit is refused until the
 * corporation, the welfare organisation and the contractor have each signed it (each logged in as
 * itself); then the visit is planned, and the leaflet downloads as a PDF that tells the new contact.
 * Every page passes an axe check.
 */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
async function openPrivacyPlan(page: Page) {
  await projectNav(page).getByRole('link', { name: 'Privacyplan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Privacyplan' }).waitFor();
}

/** Signs the current version as the logged-in user's organisation. */
async function signAs(email: string) {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, email);
  await openPrivacyPlan(page);
  await page.getByRole('button', { name: /^Teken versie .* voor mijn organisatie$/ }).click();
  await page.getByText(/U heeft versie .* van het privacyplan getekend\./).waitFor();
  await expectAccessible(page, `privacy plan signed by ${email}`);
  await context.close();
}

async function planVisit(page: Page) {
  await projectNav(page).getByRole('link', { name: 'Huisbezoeken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
  await page.getByRole('button', { name: 'Bezoek plannen' }).click();
  const form = page.getByRole('form', { name: 'Bezoek plannen' });
  await form.getByLabel('Zoek een adres').fill('Lankforst 14');
  await expect.poll(() => form.getByLabel('Adres', { exact: true }).locator('option').count()).toBeGreaterThan(1);
  await form.getByLabel('Adres', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Soort bezoek').selectOption({ label: 'Gezamenlijke opname' });
  await form.getByLabel('Datum en tijd').fill('2026-12-08T10:00');
  await form.getByLabel(/^Peter Bosman/).check();
  await form.getByLabel(/^Marieke Jansen/).check();
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
}

it('fills the fit check, has the core parties sign the new plan before a visit, and downloads the leaflet', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'projectleider@thuis.demo');

  // The fit check on the project page.
  const fit = page.locator('#past-de-aanpak');
  await fit.getByText('Ja, onder voorwaarden').waitFor();
  await fit.getByRole('button', { name: 'Wijzig de check' }).click();
  await fit.getByLabel('Aandeel woningen gerenoveerd in bewoonde staat (%)').fill('30');
  await fit.getByLabel('Bekende sociale vraagstukken').selectOption({ label: 'Nog niet bekend' });
  await fit.getByLabel('Besluit', { exact: true }).selectOption({ label: 'Ja, onder voorwaarden' });
  await fit.getByLabel('Toelichting').fill('Eerst een bewonersavond per blok over de sloop.');
  await expectAccessible(page, 'fit check form');
  await fit.getByRole('button', { name: 'Opslaan' }).click();
  await fit.getByText('Eerst een bewonersavond per blok over de sloop.').waitFor();
  await fit.getByText(/Minder dan de helft van de woningen/).waitFor();
  await fit.getByText(/Er zijn geen sociale vraagstukken bekend/).waitFor();
  expect(await fit.innerText()).toMatch(/door Sanne de Vries/);
  await expectAccessible(page, 'project page with the fit check');

  // The demo's plan is signed; a new privacy contact makes a new version.
  await openPrivacyPlan(page);
  await page.getByText(/Getekend door Peter Bosman op/).waitFor();
  await expectAccessible(page, 'privacy plan signed');
  const settings = page.locator('#instellingen');
  await settings.getByLabel('E-mailadres voor privacyverzoeken').fill('avg@delinde.demo');
  await settings.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText(/Het plan heeft nu een nieuwe versie/).waitFor();
  const gate = page.getByText(/is nog niet getekend door Bouwbedrijf Van den Berg, Welzijn Nijmegen Samen, Woonstichting De Linde\./);
  await gate.waitFor();
  expect(await page.locator('#plan').innerText()).toContain('avg@delinde.demo');
  await expectAccessible(page, 'privacy plan with a new version');

  // The corporation signs; planning is still refused, naming the two others.
  await page.getByRole('button', { name: /^Teken versie .* voor mijn organisatie$/ }).click();
  await page.getByText(/U heeft versie .* van het privacyplan getekend\./).waitFor();
  await planVisit(page);
  await page
    .getByText(
      /Er kunnen nog geen bezoeken worden gepland: het privacyplan \(versie \w+\) is nog niet getekend door Bouwbedrijf Van den Berg, Welzijn Nijmegen Samen\./,
    )
    .first()
    .waitFor();
  await page.getByRole('link', { name: 'Naar het privacyplan' }).waitFor();
  await expectAccessible(page, 'visits refused before the last signature');

  // The welfare organisation and the contractor sign, each as itself.
  await signAs('opbouwwerker@thuis.demo');
  await signAs('uitvoerder@thuis.demo');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
  await expect.poll(() => page.getByRole('link', { name: 'Naar het privacyplan' }).count()).toBe(0);
  await planVisit(page);
  await page.getByText(/Bezoek gepland: .* op 8 december 2026 om 10:00\./).waitFor();
  await expectAccessible(page, 'visit planned after the signatures');

  // The leaflet, from the same plan.
  await openPrivacyPlan(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download de folder (Nederlands)' }).click()]);
  expect(download.suggestedFilename()).toBe('privacyfolder.pdf');
  const bytes = fs.readFileSync((await download.path())!);
  const pdf = await new PDFParse({ data: new Uint8Array(bytes) }).getText();
  const text = pdf.text.replace(/\s+/g, ' ');
  expect(pdf.pages.length).toBe(1);
  for (const expected of ['Wat gebeurt er met uw verhaal?', 'Bouwbedrijf Van den Berg: uw adres, wanneer we langskomen.', 'avg@delinde.demo', 'Uw rechten'])
    expect(text).toContain(expected);
  await context.close();
});
