/**
 * Journey of the project leader (issue: addresses): see how Excel's own CSV is read, then import a
 * 500-row XLSX with three deliberate errors, see all three named, fix the file, import, assign the
 * homes to three building phases, and see the timeline and the hours chart. Every page passes an
 * axe check.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
const streets = ['Meijhorst', 'Malvert', 'Zwanenveld'];

/** 500 homes on three streets; `broken` puts in a bad postcode, a missing number and a duplicate. */
async function homesFile(broken: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Eenheden');
  sheet.addRow(['VHE-nummer', 'Straat', 'Huisnummer', 'Toevoeging', 'Postcode', 'Plaats', 'Woningtype']);
  for (let i = 0; i < 500; i++) {
    const street = streets[Math.floor(i / 170)]!;
    sheet.addRow([`MH-${1000 + i}`, street, (i % 170) + 1, '', `65${40 + Math.floor(i / 170)} KL`, 'Nijmegen', 'eengezinswoning']);
  }
  if (broken) {
    sheet.getRow(11).getCell(5).value = '6540 K'; // row 11: malformed postcode
    sheet.getRow(101).getCell(3).value = null; // row 101: no house number
    sheet.getRow(201).getCell(2).value = sheet.getRow(200).getCell(2).value; // row 201: same address as row 200
    sheet.getRow(201).getCell(3).value = sheet.getRow(200).getCell(3).value;
    sheet.getRow(201).getCell(5).value = sheet.getRow(200).getCell(5).value;
  }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-xlsx-')), broken ? 'eenheden-fout.xlsx' : 'eenheden.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function uploadAndCheck(page: Page, file: string) {
  await page.getByLabel('Bestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Uploaden' }).click();
  await page.getByRole('heading', { name: 'Koppel de kolommen' }).waitFor();
  await expectAccessible(page, 'import: mapping');
  await page.getByRole('button', { name: 'Controleren' }).click();
  await page.getByRole('heading', { name: 'Uitkomst van de controle' }).waitFor({ timeout: 60_000 });
}

it('imports 500 homes after fixing three errors, assigns them to three building phases, and shows plan and hours', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'projectleider@thuis.demo');

  const tabs = projectNav(page);
  await tabs.getByRole('link', { name: 'Importeren' }).click();
  await page.getByLabel('Bestand').waitFor();
  await expectAccessible(page, 'import: choose file');

  // Excel's own CSV (Windows-1252, semicolons, CRLF): the preview says how the file was read, and
  // refuses a reading that turns its letters into unreadable characters.
  const excelCsv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-csv-')), 'eenheden-excel.csv');
  fs.writeFileSync(
    excelCsv,
    Buffer.from('VHE-nummer;Straat;Huisnummer;Postcode;Plaats\r\nMH-1;Ëllastraat;1;6540 KL;Nijmegen\r\nMH-2;Reünielaan;2;6540 KL;Nijmegen\r\n', 'latin1'),
  );
  await page.getByLabel('Bestand').setInputFiles(excelCsv);
  await page.getByRole('button', { name: 'Uploaden' }).click();
  const reading = page.getByRole('form', { name: 'Hoe het bestand is gelezen' });
  await reading.getByText('Tekenset: Windows-1252 (Excel "CSV (gescheiden door lijstscheidingsteken)"). Scheidingsteken: puntkomma (;).').waitFor();
  await page.getByRole('cell', { name: 'Ëllastraat' }).waitFor();
  await expectAccessible(page, 'import: how the file was read');
  await reading.getByLabel('Tekenset').selectOption('utf-8');
  await reading.getByRole('button', { name: 'Opnieuw lezen' }).click();
  await reading.getByText(/rij 2 bevat een teken dat in de tekenset UTF-8 niet te lezen is/).waitFor();
  await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();

  await uploadAndCheck(page, await homesFile(true));
  const problems = page.getByRole('list', { name: 'Gevonden fouten' });
  await expect.poll(() => problems.getByRole('listitem').count()).toBe(3);
  const text = await problems.innerText();
  expect(text).toMatch(/Rij 11 – Postcode: dit is geen Nederlandse postcode/);
  expect(text).toMatch(/Rij 101 – Huisnummer: vul dit veld in/);
  expect(text).toMatch(/Rij 201 – Huisnummer: dit adres staat al op een eerdere rij/);
  await expect.poll(() => page.getByRole('button', { name: 'Importeren', exact: true }).count()).toBe(0);
  await expectAccessible(page, 'import: problems');

  await page.getByRole('button', { name: 'Ander bestand kiezen' }).click();
  await uploadAndCheck(page, await homesFile(false));
  await page.getByText('Het bestand is in orde: 500 nieuwe adressen, 0 bijgewerkt.').waitFor();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await page.getByText(/Klaar: 500 adressen geïmporteerd/).waitFor({ timeout: 60_000 });
  await expectAccessible(page, 'import: done');

  // Each street to one of the project's three building phases.
  await page.getByRole('link', { name: 'Naar de adressen' }).click();
  await page.getByRole('form', { name: 'Adressen filteren' }).waitFor();
  await expectAccessible(page, 'addresses');
  const phases = ['Onderhoud blok A-C', 'Renovatie blok D', 'Sloop en nieuwbouw blok E'];
  const assign = page.getByRole('form', { name: 'Adressen toewijzen' });
  for (const [i, street] of streets.entries()) {
    await assign.getByLabel('Welke adressen').selectOption({ label: 'Alle adressen in een straat' });
    await assign.getByLabel('Welke straat').selectOption({ label: street });
    await assign.getByLabel('Toewijzen aan').selectOption({ label: 'Bouwfase' });
    await assign.getByLabel('Kies de bouwfase').selectOption({ label: phases[i]! });
    await assign.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByText(`${street === 'Zwanenveld' ? 160 : 170} adressen zijn bijgewerkt.`).waitFor();
  }

  await tabs.getByRole('link', { name: 'Gebouwen en buurtdelen' }).click();
  await page.getByRole('heading', { name: 'Bouwfasen' }).waitFor();
  await expectAccessible(page, 'groupings');
  const main = await page.locator('main').innerText();
  expect(main).toMatch(/Renovatie blok D[\s\S]*191/); // 21 demo homes + 170 imported

  await tabs.getByRole('link', { name: 'Planning' }).click();
  await page.getByRole('img', { name: /^Tijdlijn van/ }).waitFor();
  await page.getByRole('table', { name: 'Planning van de fases en bouwfasen' }).waitFor();
  await expectAccessible(page, 'plan');

  await tabs.getByRole('link', { name: 'Uren' }).click();
  await page.getByRole('img', { name: /^Staafdiagram:/ }).waitFor();
  await page.getByRole('table', { name: 'Begrote en geboekte uren per fase' }).waitFor();
  await expectAccessible(page, 'hours');
  await context.close();
});
