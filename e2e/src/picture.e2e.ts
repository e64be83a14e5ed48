/**
 * Journey of the picture of the neighbourhood (issue: the picture of the neighbourhood): the project
 * leader opens the demo project's registrations, codes ten statements into three themes with their
 * conditions of social quality in a work session, builds both top 5 lists, and makes the report and
 * the talking poster. Their text holds the themes and no name, street, postcode or house number of a
 * demo household. Every page passes an axe check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { PDFParse } from 'pdf-parse';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

const themes = [
  { name: 'Weinig contact tussen buren', conditions: ['Sociale cohesie', 'Sociale inclusie'], valence: 'Zorgpunt' },
  { name: 'Moeilijk rondkomen', conditions: ['Sociaaleconomische zekerheid'], valence: 'Zorgpunt' },
  {
    name: 'Bereid om de handen uit de mouwen te steken',
    conditions: ['Eigen kracht en invloed (sociale empowerment)', 'Sociale cohesie'],
    valence: 'Kansrijk',
  },
] as const;

const pictureNav = (page: Page) => page.getByRole('navigation', { name: 'Onderdelen van het beeld van de buurt' });

async function pdfText(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const bytes = await response.body();
  const result = await new PDFParse({ data: new Uint8Array(bytes) }).getText();
  return { text: result.text, pages: result.pages.length, raw: bytes.toString('latin1'), bytes };
}

const meeting = {
  at: '2026-12-15T19:30',
  when: 'dinsdag 15 december 2026 om 19:30',
  place: 'Buurthuis De Wissel',
  contact: 'Buurtteam Spoorbuurt, 024 765 43 21, spoorbuurt@buurtteam.nl',
};

/** Every page of a PDF as a PNG at 50 dpi in e2e/artifacts (drawn by pdf.js, which pdf-parse brings). */
async function writePageImages(pdf: Buffer, name: string) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const shots = await parser.getScreenshot({ scale: 50 / 72, imageBuffer: true, imageDataUrl: false });
  await parser.destroy();
  fs.mkdirSync(artifacts, { recursive: true });
  for (const [i, shot] of shots.pages.entries()) {
    const file = path.join(artifacts, `${name}-${i + 1}.png`);
    fs.writeFileSync(file, Buffer.from(shot.data));
    // A PNG, as wide as the page at 50 dpi (A3: 297 mm ≈ 585 px; A4: 210 mm ≈ 413 px).
    expect(Buffer.from(shot.data).subarray(1, 4).toString()).toBe('PNG');
    expect(Math.round(shot.width)).toBeGreaterThan(400);
  }
  return shots.pages.length;
}

/** Every name, street, postcode and address of the project's households, from the leader's address export. */
async function demoIdentities(page: Page, projectId: string) {
  const response = await page.request.get(`/api/projects/${projectId}/exports/addresses?format=csv`);
  expect(response.status()).toBe(200);
  const rows = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true }).data;
  expect(rows.length).toBeGreaterThan(400);
  const surnames = new Set(rows.map((r) => (r['Naam bewoner'] ?? '').replace(/^Fam\.\s*/, '').trim()).filter(Boolean));
  const streets = new Set(rows.map((r) => r['Straat']!));
  const postcodes = new Set(rows.map((r) => r['Postcode']!));
  expect(surnames.size).toBeGreaterThan(5);
  return { surnames: [...surnames], streets: [...streets], postcodes: [...postcodes] };
}

it('codes ten statements into three themes, builds both top 5 lists, and makes a report and a poster that name no household', async () => {
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
  const projectId = page.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;

  // Step 1: the registrations ordered, a chart per closed question.
  await projectNav(page).getByRole('link', { name: 'Beeld van de buurt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Beeld van de buurt' }).waitFor();
  await expect.poll(() => page.locator('.thuis-chart svg').count()).toBeGreaterThan(3);
  await expectAccessible(page, 'picture: step 1, the registrations ordered');
  // The pooled open answers, narrowed to one building phase and searched.
  const all = await page.locator('.thuis-picture-count').innerText();
  const selection = page.getByRole('group', { name: 'Selectie van de registraties' });
  const phase = selection.getByRole('combobox').first();
  await phase.selectOption({ index: 1 });
  await expect.poll(() => page.locator('.thuis-picture-count').innerText()).not.toBe(all);
  await page.getByRole('navigation', { name: 'Onderdelen van het beeld' }).getByRole('link', { name: 'Open antwoorden' }).click();
  await page.getByRole('heading', { level: 2, name: 'Open antwoorden' }).waitFor();
  await page.getByLabel('Zoek in de antwoorden').fill('buurt');
  await page.getByText(/^\d+ antwoorden? gevonden\.$/).waitFor();
  await expectAccessible(page, 'picture: step 1, open answers of one building phase, searched');
  await selection.getByRole('button', { name: 'Filters wissen' }).click();
  await expect.poll(() => page.locator('.thuis-picture-count').innerText()).toBe(all);
  // A category shows forty answers and loads the next forty on request.
  await page.getByLabel('Zoek in de antwoorden').fill('');
  const firstCategory = page.locator('.thuis-picture-category').first();
  await expect.poll(() => firstCategory.locator('.thuis-quote').count()).toBe(40);
  await firstCategory.getByRole('button', { name: /^Meer antwoorden laden bij/ }).click();
  await expect.poll(() => firstCategory.locator('.thuis-quote').count()).toBeGreaterThan(40);

  // Step 2: the work session. Three themes found on the spot.
  await pictureNav(page).getByRole('link', { name: 'Werksessie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werksessie' }).waitFor();
  await page.locator('summary', { hasText: 'Nieuw thema' }).click();
  const themeForm = page.getByRole('form', { name: 'Nieuw thema' });
  for (const theme of themes) {
    await themeForm.getByLabel('Naam').fill(theme.name);
    for (const condition of theme.conditions) await themeForm.getByLabel(condition).check();
    await themeForm.getByLabel(theme.valence).check();
    await themeForm.getByRole('button', { name: 'Thema toevoegen' }).click();
    await page.getByText(`Het thema ${theme.name} is toegevoegd.`).waitFor();
  }
  await expectAccessible(page, 'picture: work session with a new theme');

  // Ten statements, one after another: one or two themes each, the last one also a unique story.
  const position = page.locator('.thuis-session__position');
  const statement = page.locator('.thuis-session__statement');
  const coded: string[] = [];
  for (let i = 0; i < 10; i++) {
    await expect.poll(() => position.innerText()).toMatch(new RegExp(`^Uitspraak ${i + 1} van`));
    coded.push(await statement.innerText());
    const chosen = i % 4 === 3 ? [themes[i % 3]!, themes[(i + 1) % 3]!] : [themes[i % 3]!];
    for (const theme of chosen) {
      const toggle = page.getByRole('button', { name: theme.name, exact: true });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    }
    if (i === 9) {
      const unique = page.getByRole('button', { name: 'Bijzonder verhaal' });
      await unique.click();
      await expect.poll(() => unique.getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
    } else {
      await page.getByRole('button', { name: /Volgende/ }).click();
    }
  }
  await expectAccessible(page, 'picture: work session coding a statement');
  // Back to the first statement with the arrow key: its coding was kept.
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position.innerText()).toMatch(new RegExp(`^Uitspraak ${9 - i} van`));
    // The first press came from the unique-story toggle, which went with its statement: the new statement has the focus.
    if (i === 0) await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('thuis-session__statement');
  }
  await expect.poll(() => statement.innerText()).toBe(coded[0]);
  await expect.poll(() => page.getByRole('button', { name: themes[0].name, exact: true }).getAttribute('aria-pressed')).toBe('true');
  // And on the server: ten statements, twelve codings, one unique story.
  const saved = async () =>
    (await (await page.request.get(`/api/projects/${projectId}/picture/codings`)).json()) as { codings: { themeIds: string[]; unique: boolean }[] };
  await expect.poll(async () => (await saved()).codings.filter((c) => c.themeIds.length > 0).length).toBe(10);
  const codings = (await saved()).codings;
  expect(codings.reduce((n, c) => n + c.themeIds.length, 0)).toBe(12);
  expect(codings.filter((c) => c.unique)).toHaveLength(1);

  // How often a theme occurs: four, four and four statements (the two-theme ones counted for both).
  await pictureNav(page).getByRole('link', { name: "Thema's" }).click();
  await page.getByRole('heading', { level: 1, name: "Thema's" }).waitFor();
  for (const theme of themes) await page.getByText(theme.name, { exact: true }).first().waitFor();
  await expect.poll(() => page.getByText('4 uitspraken').count()).toBeGreaterThanOrEqual(3);
  await page.getByText('1 bijzonder verhaal').first().waitFor();
  await expectAccessible(page, 'picture: themes');

  // Both top 5 lists from the proposal, saved.
  await pictureNav(page).getByRole('link', { name: 'Top 5' }).click();
  await page.getByRole('heading', { level: 1, name: 'Top 5' }).waitFor();
  for (const list of ['Top 5 kansrijk', 'Top 5 zorgpunten']) {
    await page.getByRole('button', { name: `Neem voorstel over voor ${list}` }).click();
    await page.getByRole('button', { name: `${list} opslaan` }).click();
    await page.getByText(`${list} is opgeslagen.`).waitFor();
  }
  const listNames = async (list: string) => (await page.getByRole('list', { name: list }).locator('.thuis-top-list__name strong').allInnerTexts()).sort();
  expect(await listNames('Top 5 kansrijk')).toEqual([themes[2].name]);
  expect(await listNames('Top 5 zorgpunten')).toEqual([themes[0].name, themes[1].name].sort());
  await expectAccessible(page, 'picture: top 5 lists');

  // Step 3: the report and the talking poster, as concept versions.
  await pictureNav(page).getByRole('link', { name: 'Verslag en praatplaat' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verslag en praatplaat' }).waitFor();
  const versionForm = page.getByRole('form', { name: 'Nieuwe versie' });
  await versionForm.getByLabel('Verslag', { exact: true }).check();
  await versionForm.getByLabel('Inleiding in eenvoudige taal').fill('Wat bewoners ons aan de keukentafel vertelden over wonen in de Spoorbuurt.');
  await versionForm.getByRole('button', { name: 'Versie maken' }).click();
  await page.getByText('Verslag versie 1 is gemaakt, als concept.').waitFor();
  await versionForm.getByLabel('Praatplaat', { exact: true }).check();
  await versionForm.getByLabel('Titel').fill('Dit hoorden we in de Spoorbuurt');
  // The poster asks for the meeting it invites to; without it, the form says what is missing.
  await versionForm.getByRole('button', { name: 'Versie maken' }).click();
  await versionForm
    .getByText(/Datum en tijd van de bijeenkomst: /)
    .first()
    .waitFor();
  await expectAccessible(page, 'picture: poster without its meeting');
  await versionForm.getByLabel('Datum en tijd', { exact: true }).fill(meeting.at);
  await versionForm.getByLabel('Plaats', { exact: true }).fill(meeting.place);
  await versionForm.getByLabel('Contact voor vragen', { exact: true }).fill(meeting.contact);
  await versionForm.getByRole('button', { name: 'Versie maken' }).click();
  await page.getByText('Praatplaat versie 1 is gemaakt, als concept.').waitFor();
  await expectAccessible(page, 'picture: report and poster versions');

  const hrefOf = (name: string) => page.getByRole('link', { name: `Download PDF van ${name}` }).getAttribute('href');
  const report = await pdfText(page, (await hrefOf('Verslag versie 1'))!);
  const poster = await pdfText(page, (await hrefOf('Praatplaat versie 1'))!);
  expect(poster.pages).toBe(1);
  // A3 portrait: 297 × 420 mm.
  expect(poster.raw).toMatch(/\/MediaBox \[0 0 841\.89\d* 1190\.55\d*\]/);
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  for (const theme of themes) {
    expect(flat(report.text)).toContain(theme.name);
    expect(flat(poster.text)).toContain(theme.name);
  }
  expect(flat(report.text)).toContain('Sociaaleconomische zekerheid');
  expect(flat(poster.text)).toContain('Dit hoorden we in de Spoorbuurt');
  // The poster says when, where and whom to ask, as text a reader can copy or have read aloud.
  for (const expected of [meeting.when, meeting.place, meeting.contact]) expect(flat(poster.text)).toContain(expected);
  // Pictures of every page at 50 dpi, kept with the journey's artefacts to look at.
  await writePageImages(poster.bytes, 'poster');
  await writePageImages(report.bytes, 'picture-report');

  // Nothing leads to a household: no name, street, postcode or address of the project's homes.
  const identities = await demoIdentities(page, projectId);
  for (const { text } of [report, poster]) {
    const words = flat(text);
    for (const surname of identities.surnames) expect(words, `a household name (${surname})`).not.toMatch(new RegExp(`\\b${surname}\\b`, 'i'));
    for (const street of identities.streets) expect(words, `a street (${street})`).not.toContain(street);
    for (const postcode of identities.postcodes) expect(words, `a postcode (${postcode})`).not.toContain(postcode);
    expect(words).not.toMatch(/\b\d{4} ?[A-Z]{2}\b/);
    expect(words).not.toMatch(/(straat|weg|laan|plein|hof)\s+\d+/i);
  }
  await context.close();
});

it('reports a coding that was not saved, also after moving on, and leads back to its statement', async () => {
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
  await projectNav(page).getByRole('link', { name: 'Beeld van de buurt' }).click();
  await pictureNav(page).getByRole('link', { name: 'Werksessie' }).click();
  const position = page.locator('.thuis-session__position');
  const statement = page.locator('.thuis-session__statement');
  await expect.poll(() => page.url()).toContain('statement=');
  // The filter lives in the address: the box shows ticked once the router has taken it over.
  await page.getByLabel('Alleen nog niet gecodeerde uitspraken').click();
  await expect.poll(() => page.url()).toContain('uncoded=1');
  await expect.poll(() => page.getByLabel('Alleen nog niet gecodeerde uitspraken').isChecked()).toBe(true);
  await position.waitFor();
  const failing = await statement.innerText();
  const firstPosition = (await position.innerText()).split(' · ')[0]!;

  // The connection drops for this one save; the team has already gone on to the next statement.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/picture/codings', async (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    await held;
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'unavailable', message: 'De server is even niet bereikbaar.' }),
    });
  });
  await page.getByRole('button', { name: themes[1].name, exact: true }).click();
  await page.getByRole('button', { name: /Volgende/ }).click();
  await expect.poll(() => position.innerText()).not.toMatch(new RegExp(`^${firstPosition} `));
  release();
  await page.getByText(/Een codering is niet opgeslagen: De server is even niet bereikbaar\./).waitFor();
  await expectAccessible(page, 'work session: a coding that was not saved');
  await page.unroute('**/picture/codings');

  await page.getByRole('button', { name: 'Naar die uitspraak' }).click();
  await expect.poll(() => statement.innerText()).toBe(failing);
  await expect.poll(() => page.getByRole('button', { name: themes[1].name, exact: true }).getAttribute('aria-pressed')).toBe('false');
  await context.close();
});
