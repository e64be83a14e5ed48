/**
 * Surveys over time (issue 13): the community worker starts a KTO round and answers it on the
 * tablet, prints the letters with a personal link per household, and a resident answers through the
 * link on a phone in a fresh browser without logging in; the link then refuses a second answer. The
 * project leader reads the finished Spoorbuurt's three rounds as a series. Every page passes axe.
 */
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { expect, it } from 'vitest';
import { expectAccessible, logIn, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
const phone = { width: 390, height: 844 };

it('runs a round from the tablet to a resident’s personal link, once only', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'opbouwwerker@thuis.demo');
  await projectNav(page).getByRole('link', { name: 'Enquêtes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enquêtes' }).waitFor();
  await page.getByText('Er zijn nog geen enquêterondes.').waitFor();
  await expectAccessible(page, 'surveys: empty');

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  await page.getByLabel('Enquête', { exact: true }).selectOption({ label: 'Tevredenheid na de werkzaamheden (KTO) (versie 1)' });
  await page.getByLabel('Begindatum').fill(today);
  await page.getByLabel('Einddatum').fill(`${Number(today.slice(0, 4)) + 1}-01-31`);
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await page.getByText('De ronde is aangemaakt.').waitFor();

  // On the tablet at the coffee cart.
  await page.getByRole('button', { name: 'Invullen op tablet' }).click();
  const works = page.getByRole('group', { name: /Hoe tevreden bent u over de werkzaamheden/ });
  await works.getByRole('radio', { name: '8' }).check();
  await page
    .getByRole('group', { name: /Werd u op tijd en duidelijk geïnformeerd/ })
    .getByRole('radio', { name: 'ja' })
    .check();
  await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await page.getByText(/Opgeslagen\. 1 enquête ingevuld/).waitFor();
  await expectAccessible(page, 'surveys: answering on the tablet');

  // The letters: one per household, with its link and QR code.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Brieven met link en QR-code' }).click();
  const file = await (await download).path();
  const text = (await new PDFParse({ data: new Uint8Array(fs.readFileSync(file)) }).getText()).text;
  const links = [...text.matchAll(/(\/s#[A-Za-z0-9_-]{43})/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(50);
  await context.close();

  // A resident on a phone, no log-in.
  const resident = await newContext(running.browser, running.app.baseUrl, phone);
  const mobile = await resident.newPage();
  await mobile.goto(links[0]!);
  await mobile.getByRole('heading', { level: 1, name: 'Tevredenheid na de werkzaamheden (KTO)' }).waitFor();
  expect(mobile.url()).not.toContain('#');
  await expectAccessible(mobile, 'survey link: the questions on a phone');
  await mobile
    .getByRole('group', { name: /Hoe tevreden bent u nu over uw woning/ })
    .getByRole('radio', { name: '9' })
    .check();
  await mobile
    .getByRole('group', { name: /Zou u deze aanpak aanraden/ })
    .getByRole('radio', { name: 'ja' })
    .check();
  await mobile.getByRole('button', { name: 'Antwoorden versturen' }).click();
  await mobile.getByRole('heading', { level: 1, name: 'Dank u wel!' }).waitFor();
  await expectAccessible(mobile, 'survey link: thanks');
  await resident.close();

  // The same link again, in another fresh browser: refused.
  const again = await newContext(running.browser, running.app.baseUrl, phone);
  const second = await again.newPage();
  await second.goto(links[0]!);
  await second.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
  await expectAccessible(second, 'survey link: used');
  await again.close();
});

it('shows the finished Spoorbuurt’s three KTO rounds as a series per building phase', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await page.goto('/login');
  await logIn(page, 'projectleider@thuis.demo');
  await page
    .getByRole('link', { name: /Spoorbuurt/ })
    .first()
    .click();
  await projectNav(page).getByRole('link', { name: 'Enquêtes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enquêtes' }).waitFor();
  await page.getByRole('img', { name: /Hoe tevreden bent u over de werkzaamheden\?: gemiddelde per ronde en bouwfase/ }).waitFor();
  await page.getByRole('table', { name: /Hoe tevreden bent u over de werkzaamheden\? per ronde en bouwfase/ }).waitFor();
  await page.getByRole('heading', { name: 'Begin en eind' }).waitFor();
  await expectAccessible(page, 'surveys: results');
  await context.close();
});
