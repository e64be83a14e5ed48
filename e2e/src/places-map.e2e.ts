/**
 * Meaningful places on the neighbourhood map (issue 12): the map works on a plain background when no
 * tile source is configured, and asks a configured tile server for its tiles; the community worker
 * adds a place by clicking the map. Every page passes an axe check.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, logIn, newContext, openProject, projectNav, startApp, type RunningApp, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

/** A 1×1 PNG: enough for the browser to show a tile. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function openPlaces(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/login`);
  await logIn(page, 'opbouwwerker@thuis.demo');
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Lankforst: maisonettes' }).waitFor();
  await projectNav(page).getByRole('link', { name: 'Plekken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Betekenisvolle plekken' }).waitFor();
  await page.getByTestId('neighbourhood-map').waitFor();
  // The demo's three places and the homes with coordinates are drawn.
  await expect.poll(() => page.locator('path.thuis-map-place').count()).toBe(3);
  await expect.poll(() => page.locator('path.thuis-map-home').count()).toBeGreaterThan(50);
}

it('shows homes and places on a plain background without a tile source, and adds a place by a click on the map', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openPlaces(page, running.app.baseUrl);
  await page.getByText('Er is geen achtergrondkaart ingesteld').waitFor();
  expect(await page.locator('img.leaflet-tile').count()).toBe(0);
  // The list is the accessible equivalent of the map: the same places.
  const list = page.getByRole('table', { name: 'Alle plekken' });
  await expect.poll(() => list.getByRole('row').count()).toBe(4);
  await expectAccessible(page, 'places: map without tiles');

  const map = page.getByTestId('neighbourhood-map');
  const box = (await map.boundingBox())!;
  // Scrolled into view and clicked on an empty spot of the map, south-west of the middle.
  await map.click({ position: { x: box.width * 0.3, y: box.height * 0.7 } });
  await page.getByRole('status').filter({ hasText: 'Gekozen plek' }).waitFor();
  const form = page.getByRole('form', { name: 'Plek toevoegen' });
  const latitude = Number((await form.getByLabel('Breedtegraad').inputValue()).replace(',', '.'));
  expect(latitude).toBeGreaterThan(51.8);
  expect(latitude).toBeLessThan(51.84);
  await form.getByLabel('Soort plek').selectOption({ label: 'Moestuin' });
  await form.getByLabel('Naam').fill('Moestuin achter blok C');
  await form.getByLabel('Wie voelt zich hier niet welkom').fill('Jongeren uit blok E');
  await form.getByRole('button', { name: 'Plek toevoegen' }).click();
  await page.getByText('Plek "Moestuin achter blok C" is opgeslagen.').waitFor();
  await expect.poll(() => list.getByRole('row').count()).toBe(5);
  await expect.poll(() => page.locator('path.thuis-map-place').count()).toBe(4);
  await expectAccessible(page, 'places: after adding a place');

  // By keyboard: the coordinates typed in, with a Dutch decimal comma.
  await form.getByLabel('Soort plek').selectOption({ label: 'Bankje' });
  await form.getByLabel('Naam').fill('Bankje bij de ingang');
  await form.getByLabel('Breedtegraad').fill('51,8201');
  await form.getByLabel('Lengtegraad').fill('5,7931');
  await form.getByRole('button', { name: 'Plek toevoegen' }).click();
  await page.getByText('Plek "Bankje bij de ingang" is opgeslagen.').waitFor();
  await expect.poll(() => page.locator('path.thuis-map-place').count()).toBe(5);
  await context.close();
});

it('lets the project leader put a home without coordinates on the map with a click', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'projectleider@thuis.demo');
  await projectNav(page).getByRole('link', { name: 'Plekken' }).click();
  await page.getByText('104 woningen in het project, waarvan 21 nog niet op de kaart.').waitFor();
  // The text comes with the data; the map draws its dots a moment later.
  await expect.poll(() => page.locator('path.thuis-map-home').count()).toBe(104 - 21);
  const form = page.getByRole('form', { name: 'Woning op de kaart zetten' });
  await form.getByLabel('Woning zonder plek op de kaart').selectOption({ index: 1 });
  const map = page.getByTestId('neighbourhood-map');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.8, y: box.height * 0.4 } });
  await expect.poll(() => form.getByLabel('Breedtegraad').inputValue()).not.toBe('');
  await form.getByRole('button', { name: 'Zet woning op de kaart' }).click();
  await page.getByText('104 woningen in het project, waarvan 20 nog niet op de kaart.').waitFor();
  await expect.poll(() => page.locator('path.thuis-map-home').count()).toBe(104 - 20);
  await expectAccessible(page, 'places: a home put on the map');
  await context.close();
});

let tileServer: http.Server;
let tileRequests: string[] = [];
let tiledApp: RunningApp | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  tileServer = http.createServer((request, response) => {
    tileRequests.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    response.end(TILE);
  });
  await new Promise<void>((resolve) => tileServer.listen(0, '127.0.0.1', resolve));
  const { port } = tileServer.address() as AddressInfo;
  tiledApp = await startApp({ env: { THUIS_MAP_TILES_URL: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`, THUIS_MAP_TILES_ATTRIBUTION: 'Testkaart' } });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await tiledApp?.stop();
  await new Promise((resolve) => tileServer?.close(resolve));
});

it('asks the configured tile server for the tiles of the neighbourhood and shows them', async () => {
  tileRequests = [];
  const context = await newContext(browser!, tiledApp!.baseUrl);
  const page = await context.newPage();
  await openPlaces(page, tiledApp!.baseUrl);
  await expect.poll(() => tileRequests.length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(tileRequests.every((url) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
  // Zoomed in on Nijmegen: the tiles asked for lie around it (z ≥ 14).
  expect(Math.max(...tileRequests.map((url) => Number(url.split('/')[2])))).toBeGreaterThanOrEqual(14);
  // Loaded, so the page's content security policy let them in.
  await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
  expect(await page.getByText('Er is geen achtergrondkaart ingesteld').count()).toBe(0);
  await page.getByText('Testkaart').waitFor();
  await expectAccessible(page, 'places: map with tiles');
  await context.close();
});
