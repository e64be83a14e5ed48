/**
 * Journey of home visits (issue: home visits): the project leader plans a joint intake for the
 * contractor and a community worker; the contractor, on a phone, records "not at home" with a
 * new try and cannot record the social conversation; the week list and progress show. Every page
 * passes an axe check.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

async function openVisits(page: Page, email: string) {
  await page.goto('/login');
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Lankforst: maisonettes' }).waitFor();
  await projectNav(page).getByRole('link', { name: 'Huisbezoeken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
}

it('plans a joint intake, records "not at home" with a new try, and shows the week and progress', async () => {
  const leaderContext = await newContext(running.browser, running.app.baseUrl);
  const page = await leaderContext.newPage();
  await openVisits(page, 'projectleider@thuis.demo');
  await expectAccessible(page, 'visits: day list');

  await page.getByRole('button', { name: 'Bezoek plannen' }).click();
  const form = page.getByRole('form', { name: 'Bezoek plannen' });
  await form.getByLabel('Zoek een adres').fill('Lankforst 10');
  await expect.poll(() => form.getByLabel('Adres', { exact: true }).locator('option').count()).toBeGreaterThan(1);
  const option = await form.getByLabel('Adres', { exact: true }).locator('option').nth(1).textContent();
  await form.getByLabel('Adres', { exact: true }).selectOption({ label: option! });
  await form.getByLabel('Soort bezoek').selectOption({ label: 'Gezamenlijke opname' });
  await form.getByLabel('Datum en tijd').fill('2026-12-07T10:00');
  await form.getByLabel(/^Peter Bosman/).check();
  await form.getByLabel(/^Marieke Jansen/).check();
  await expectAccessible(page, 'visits: plan form');
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
  await page.getByText(/Bezoek gepland: .* op 7 december 2026 om 10:00\./).waitFor();
  await page.getByRole('heading', { name: 'Bezoeken op maandag 7 december 2026' }).waitFor();

  // Planning the contractor twice at the same time is refused, naming him.
  await page.getByRole('button', { name: 'Bezoek plannen' }).click();
  const second = page.getByRole('form', { name: 'Bezoek plannen' });
  await second.getByLabel('Zoek een adres').fill('Lankforst 12');
  await expect.poll(() => second.getByLabel('Adres', { exact: true }).locator('option').count()).toBeGreaterThan(1);
  await second.getByLabel('Adres', { exact: true }).selectOption({ index: 1 });
  await second.getByLabel('Soort bezoek').selectOption({ label: 'Gezamenlijke opname' });
  await second.getByLabel('Datum en tijd').fill('2026-12-07T10:30');
  // The visitors of the last planning are chosen already (remembered per user and project).
  expect(await second.getByLabel(/^Marieke Jansen/).isChecked()).toBe(true);
  await second.getByLabel(/^Marieke Jansen/).uncheck();
  await second.getByLabel(/^Peter Bosman/).check();
  await second.getByLabel(/^Ahmed El Amrani/).check();
  await second.getByRole('button', { name: 'Bezoek plannen' }).click();
  await page
    .getByText(/Peter Bosman heeft op dat moment al een ander bezoek/)
    .first()
    .waitFor();
  await expectAccessible(page, 'visits: plan form with error');

  await page.getByRole('link', { name: 'Week' }).click();
  await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
  // The week list says whose list it is and which week, on screen and on paper.
  await page.getByRole('heading', { level: 2, name: 'Weeklijst van alle bezoekers, 7 december 2026 tot en met 13 december 2026' }).waitFor();
  await page.getByLabel('Bezoeker', { exact: true }).selectOption({ label: 'Peter Bosman' });
  const weekTitle = page.getByRole('heading', { level: 2, name: 'Weeklijst van Peter Bosman, 7 december 2026 tot en met 13 december 2026' });
  await weekTitle.waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await weekTitle.isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expectAccessible(page, 'visits: week');
  await page.getByRole('link', { name: 'Voortgang' }).click();
  await page.getByRole('heading', { name: 'Per bouwfase' }).waitFor();
  expect(await page.locator('main').innerText()).toMatch(/Onderhoud blok A-C/);
  await expectAccessible(page, 'visits: progress');
  await leaderContext.close();

  // The contractor, at the door with a phone.
  const phone = await newContext(running.browser, running.app.baseUrl, { width: 390, height: 844 });
  const door = await phone.newPage();
  await openVisits(door, 'uitvoerder@thuis.demo');
  await expect.poll(() => door.getByRole('button', { name: 'Bezoek plannen' }).count()).toBe(0);
  await door.getByLabel('Datum', { exact: true }).fill('2026-12-07');
  await door.getByRole('heading', { name: 'Bezoeken op maandag 7 december 2026' }).waitFor();
  await door
    .getByRole('button', { name: /^Uitkomst vastleggen: / })
    .first()
    .click();
  const outcome = door.getByRole('form', { name: /^Uitkomst vastleggen: / });
  const choices = await outcome.getByLabel('Uitkomst').locator('option').allTextContents();
  expect(choices).not.toContain('Afgerond met sociaal gesprek');
  await outcome.getByLabel('Uitkomst').selectOption({ label: 'Niet thuis' });
  await outcome.getByLabel('Nieuwe poging op').fill('2026-12-14T10:00');
  await expectAccessible(door, 'visits: outcome on a phone');
  await outcome.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await door.getByText(/Nieuwe poging gepland op/).waitFor();
  // The form closed with its button: the focus went to the result message, not to the page (issue 16).
  expect(await door.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Nieuwe poging gepland op/);
  const overflow = await door.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The contractor's progress: homes visited, nothing about social conversations.
  await door.getByRole('link', { name: 'Voortgang' }).click();
  await door.getByRole('heading', { name: 'Per bouwfase' }).waitFor();
  const progress = await door.locator('main').innerText();
  expect(progress).toMatch(/Onderhoud blok A-C/);
  expect(progress).not.toMatch(/sociaal gesprek/i);
  await expectAccessible(door, 'visits: progress for the contractor');
  await phone.close();
});

it('makes invitation letters for two planned visits from the week shown, marks them sent after printing and leaves them out of the next batch', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openVisits(page, 'opbouwwerker@thuis.demo');
  // The period is asked once: the letters link of the week view carries the week shown.
  await page.getByRole('link', { name: 'Week' }).click();
  await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
  await page.getByRole('navigation', { name: 'Bij de huisbezoeken' }).getByRole('link', { name: 'Uitnodigingsbrieven' }).click();
  await page.getByRole('heading', { level: 1, name: 'Uitnodigingsbrieven' }).waitFor();
  const monday = new URL(page.url()).searchParams.get('from')!;
  expect(monday).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await page.getByLabel('Vanaf').inputValue()).toBe(monday);
  expect(new URL(page.url()).searchParams.get('until')).toBe(await page.getByLabel('Tot en met').inputValue());
  await page.getByLabel('Vanaf').fill(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date()));
  await page.getByLabel('Tot en met').fill('2027-12-31');
  await page.waitForURL(/until=2027-12-31/);
  // What the server has: the open visits of the period, none invited yet.
  const projectId = page.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
  const from = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const uninvitedCount = async () =>
    (
      (await (await page.request.get(`/api/projects/${projectId}/visits?from=${from}&to=2028-01-01&open=true&limit=500`)).json()).items as {
        invitedOn: string | null;
      }[]
    ).filter((v) => v.invitedOn === null).length;
  const offeredBefore = await uninvitedCount();
  expect(offeredBefore).toBeGreaterThan(2);
  const table = page.getByRole('table', { name: /^Open bezoeken/ });
  await page.getByText(`Alle ${offeredBefore} bezoeken kiezen`).waitFor();
  // The long list comes a page at a time; "Brieven maken" is above it, not screens below.
  const choices = table.getByRole('checkbox');
  await expect.poll(() => choices.count()).toBe(Math.min(offeredBefore, 25));
  const make = page.getByRole('button', { name: 'Brieven maken (PDF)' });
  expect((await make.boundingBox())!.y).toBeLessThan((await table.boundingBox())!.y);
  // Near the top: 832 px down at 1024×768 under the header and project tabs (it was at the end of a 3,600 px page).
  expect((await make.boundingBox())!.y).toBeLessThan(1000);
  const firstTwo = [(await choices.nth(0).getAttribute('aria-label'))!, (await choices.nth(1).getAttribute('aria-label'))!];
  await choices.nth(0).check();
  await choices.nth(1).check();
  await expectAccessible(page, 'letters: batch with two visits chosen');

  const download = page.waitForEvent('download');
  await make.click();
  expect((await download).suggestedFilename()).toBe('uitnodigingen.pdf');
  await page.getByText('2 brieven gemaakt. Druk ze af en markeer de bezoeken daarna als verstuurd.').waitFor();
  // Made is not printed: nothing is marked yet.
  expect(await uninvitedCount()).toBe(offeredBefore);
  await page.getByRole('button', { name: 'Als verstuurd markeren' }).click();
  const confirm = page.getByRole('group', { name: '2 bezoeken als verstuurd markeren' });
  await confirm.waitFor();
  await expectAccessible(page, 'letters: confirm marking as sent');
  await confirm.getByRole('button', { name: 'Ja, 2 bezoeken als verstuurd markeren' }).click();
  await page.getByText('2 bezoeken als verstuurd gemarkeerd.').waitFor();
  expect(await uninvitedCount()).toBe(offeredBefore - 2);
  // The next batch offers the others only; all of them show which have their letter.
  await page.getByText(`Alle ${offeredBefore - 2} bezoeken kiezen`).waitFor();
  for (const label of firstTwo) expect(await table.getByRole('checkbox', { name: label }).count()).toBe(0);
  await page.getByLabel('Alleen bezoeken zonder uitnodiging').uncheck();
  await page.getByText(`Alle ${offeredBefore} bezoeken kiezen`).waitFor();
  const today = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  for (const label of firstTwo) {
    const row = table.getByRole('row').filter({ has: page.getByRole('checkbox', { name: label }) });
    await row.getByText(`Verstuurd op ${today}`).waitFor();
  }
  // The letter's text is folded away below the batch, and opens.
  await page.getByText('Tekst van de brief bekijken of aanpassen').click();
  await page.getByRole('form', { name: 'Tekst van de uitnodiging' }).waitFor();
  await expectAccessible(page, 'letters: all visits with their invitation state');
  await context.close();
});

it('gives a scale question the meaning of its ends in the form editor, refusing an English one without Dutch', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openVisits(page, 'projectleider@thuis.demo');
  await page.getByRole('navigation', { name: 'Bij de huisbezoeken' }).getByRole('link', { name: 'Registratieformulier' }).click();
  await page.getByRole('heading', { level: 1, name: 'Registratieformulier' }).waitFor();
  const projectId = page.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
  const before = (await (await page.request.get(`/api/projects/${projectId}/registration-form`)).json()) as { version: number };
  const first = page.getByRole('group', { name: /^Vraag 1: Hoe tevreden bent u over de buurt\?/ });
  await expect.poll(() => first.getByLabel('Betekenis van de laagste waarde (Nederlands)').inputValue()).toBe('zeer ontevreden');
  await expectAccessible(page, 'form editor');

  await first.getByLabel('Betekenis van de laagste waarde (Nederlands)').fill('');
  await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await page.getByText('Het formulier is niet opgeslagen: verbeter de fout bij het veld.').waitFor();
  expect(((await (await page.request.get(`/api/projects/${projectId}/registration-form`)).json()) as { version: number }).version).toBe(before.version);
  await expectAccessible(page, 'form editor with an error');

  await first.getByLabel('Betekenis van de laagste waarde (Nederlands)').fill('helemaal niet tevreden');
  await first.getByLabel('Betekenis van de hoogste waarde (Engels)').fill('extremely satisfied');
  await page.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await page.getByText(`Versie ${before.version + 1} is opgeslagen.`).waitFor();
  const saved = (await (await page.request.get(`/api/projects/${projectId}/registration-form`)).json()) as {
    version: number;
    definition: { questions: { key: string; minLabel?: { nl: string; en: string }; maxLabel?: { nl: string; en: string } }[] };
  };
  expect(saved.definition.questions[0]).toMatchObject({
    minLabel: { nl: 'helemaal niet tevreden', en: 'very dissatisfied' },
    maxLabel: { nl: 'zeer tevreden', en: 'extremely satisfied' },
  });
  await context.close();
});
