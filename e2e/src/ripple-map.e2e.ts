/**
 * Ripple effects mapping (issue 13, acceptance 1): the community worker draws a ripple map with three
 * levels using the keyboard only — no mouse anywhere, from logging in to finishing the map — and
 * exports it as SVG; the finished map reads the same for policy. Every page passes an axe check.
 */
import fs from 'node:fs';
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

/** Moves the keyboard focus to an element and activates it with a key, as a keyboard user would after tabbing there. */
async function press(target: Locator, key: 'Enter' | 'Space' = 'Enter') {
  await target.focus();
  await target.press(key);
}

async function logInByKeyboard(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByLabel('Wachtwoord').press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
}

async function openRipples(page: Page) {
  await press(page.getByRole('link', { name: /Spoorbuurt/ }).first());
  await page.getByRole('heading', { level: 1, name: /Spoorbuurt/ }).waitFor();
  await press(projectNav(page).getByRole('link', { name: 'Rimpelingen' }));
  await page.getByRole('heading', { level: 1, name: 'Rimpelingen' }).waitFor();
}

const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

it('draws a ripple map with three levels using the keyboard only, and exports it', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await logInByKeyboard(page, 'opbouwwerker@thuis.demo');
  await openRipples(page);

  // The demo's finished map of the walking club is listed; its drawing holds 3 + 3 + 2 effects.
  const list = page.getByRole('table', { name: 'Rimpelkaarten' });
  await list.getByRole('row', { name: /Rimpelingen van de wekelijkse wandelclub.*Afgerond/ }).waitFor();
  await expectAccessible(page, 'ripples: list');
  await press(list.getByRole('link', { name: 'Rimpelingen van de wekelijkse wandelclub' }));
  await page.getByRole('heading', { level: 2, name: 'Rimpelingen van de wekelijkse wandelclub' }).waitFor();
  await expect.poll(() => page.locator('.react-flow__node-effect').count()).toBe(8);
  await page.getByRole('heading', { level: 3, name: 'Langdurig effect (2)' }).waitFor();
  await expectAccessible(page, 'ripples: a finished map');
  await press(page.getByRole('link', { name: 'Terug naar alle rimpelkaarten' }));

  // A new map about an activity of the register.
  const create = page.getByRole('form', { name: 'Nieuwe rimpelkaart' });
  await create.getByLabel('Naam van de kaart').fill('Rimpelingen van het buurtfeest');
  await create.getByLabel(/^Activiteit/).selectOption({ index: 1 });
  await press(create.getByRole('button', { name: 'Kaart maken' }));
  await page.getByRole('heading', { level: 2, name: 'Rimpelingen van het buurtfeest' }).waitFor();
  await page.getByText('Er staan nog geen effecten op deze kaart.').waitFor();
  await expectAccessible(page, 'ripples: a new empty map');

  // Effects at every level: the level chosen in "Niveau", the text typed, the button reached with Tab.
  const add = page.getByRole('form', { name: 'Effect toevoegen' });
  async function addEffect(level: string, text: string) {
    await add.getByLabel('Niveau').selectOption({ label: level });
    await add.getByLabel('Wat veranderde er?').fill(text);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Effect toevoegen');
    await page.keyboard.press('Enter');
    await status(page, `Effect "${text}" toegevoegd bij ${level}.`);
  }
  await addEffect('Direct effect', 'Buren leren elkaar kennen');
  await addEffect('Direct effect', 'Kinderen spelen samen op straat');
  await addEffect('Direct effect', 'Bewoners helpen mee met opbouwen');
  await addEffect('Langdurig effect', 'Een vast buurtfeest elk jaar');

  // A text that points to a person is refused at its field, and nothing is added.
  await add.getByLabel('Wat veranderde er?').fill('Bel 06-12345678 voor de sleutel van het buurthuis');
  await press(add.getByRole('button', { name: 'Effect toevoegen' }));
  await add
    .getByText(/hierin staat iets waaraan iemand te herkennen is/i)
    .first()
    .waitFor();
  await expect.poll(() => page.locator('.react-flow__node-effect').count()).toBe(4);

  // Moved to another level with the "Niveau" select of the edit form.
  await press(page.getByRole('button', { name: 'Wijzig effect: Bewoners helpen mee met opbouwen' }));
  const edit = page.getByRole('form', { name: 'Wijzig effect: Bewoners helpen mee met opbouwen' });
  await edit.getByLabel('Wat veranderde er?').fill('Bewoners organiseren zelf een tweede feest');
  await edit.getByLabel('Niveau').selectOption({ label: 'Indirect effect' });
  await press(edit.getByRole('button', { name: 'Opslaan' }));
  await status(page, 'Effect "Bewoners organiseren zelf een tweede feest" verplaatst naar Indirect effect.');
  await page.getByRole('heading', { level: 3, name: 'Direct effect (2)' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Indirect effect (1)' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Langdurig effect (1)' }).waitFor();

  // Arrows from cause to effect, chosen from lists.
  const arrow = page.getByRole('form', { name: 'Pijl tekenen' });
  async function addArrow(cause: string, effect: string) {
    await arrow.getByLabel('Oorzaak').selectOption({ label: cause });
    await arrow.getByLabel('Gevolg').selectOption({ label: effect });
    await press(arrow.getByRole('button', { name: 'Pijl tekenen' }));
    await status(page, `Pijl getekend van "${cause.split(': ')[1]}" naar "${effect.split(': ')[1]}".`);
  }
  await addArrow('Direct effect: Buren leren elkaar kennen', 'Indirect effect: Bewoners organiseren zelf een tweede feest');
  await addArrow('Indirect effect: Bewoners organiseren zelf een tweede feest', 'Langdurig effect: Een vast buurtfeest elk jaar');
  await addArrow('Direct effect: Kinderen spelen samen op straat', 'Langdurig effect: Een vast buurtfeest elk jaar');
  await page.getByText('Kinderen spelen samen op straat → Een vast buurtfeest elk jaar').waitFor();
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);

  // An arrow and an effect removed (Space works like Enter on a button).
  await press(page.getByRole('button', { name: 'Verwijder pijl: Kinderen spelen samen op straat → Een vast buurtfeest elk jaar' }), 'Space');
  await status(page, 'Pijl verwijderd.');
  await press(page.getByRole('button', { name: 'Verwijder effect: Kinderen spelen samen op straat' }), 'Space');
  await status(page, 'Effect "Kinderen spelen samen op straat" verwijderd, met de pijlen ervan.');

  // The drawing shows three levels in three columns, left to right, with the two arrows.
  await expect.poll(() => page.locator('.react-flow__node-effect').count()).toBe(3);
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
  const x = async (text: string) => (await page.locator('.react-flow__node-effect', { hasText: text }).boundingBox())!.x;
  const [direct, indirect, lasting] = [await x('Buren leren elkaar kennen'), await x('tweede feest'), await x('vast buurtfeest')];
  expect(direct).toBeLessThan(indirect);
  expect(indirect).toBeLessThan(lasting);
  await expectAccessible(page, 'ripples: a map with three levels');

  // Exported as SVG: the same effects, under the level headings.
  const [download] = await Promise.all([page.waitForEvent('download'), press(page.getByRole('button', { name: 'Download als SVG' }))]);
  expect(download.suggestedFilename()).toBe('rimpelingen-van-het-buurtfeest.svg');
  const svg = fs.readFileSync((await download.path())!, 'utf8');
  for (const text of ['Direct effect', 'Indirect effect', 'Langdurig effect', 'Buren leren elkaar kennen', 'Een vast buurtfeest elk jaar'])
    expect(svg).toContain(text);
  const [png] = await Promise.all([page.waitForEvent('download'), press(page.getByRole('button', { name: 'Download als PNG' }))]);
  expect(png.suggestedFilename()).toBe('rimpelingen-van-het-buurtfeest.png');
  expect(
    fs
      .readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  // Finished: the drawing no longer changes, and the list says so.
  await press(page.getByRole('button', { name: 'Kaart afronden' }));
  await status(page, 'De kaart is afgerond');
  expect(await page.getByRole('form', { name: 'Effect toevoegen' }).count()).toBe(0);
  await expectAccessible(page, 'ripples: the finished map');
  await context.close();

  // The contractor's site manager, a member who does not draw, reads the finished map.
  const policy = await newContext(running.browser, running.app.baseUrl);
  const policyPage = await policy.newPage();
  await logInByKeyboard(policyPage, 'uitvoerder@thuis.demo');
  await openRipples(policyPage);
  const policyList = policyPage.getByRole('table', { name: 'Rimpelkaarten' });
  await policyList.getByRole('link', { name: 'Rimpelingen van het buurtfeest' }).waitFor();
  expect(await policyPage.getByRole('form', { name: 'Nieuwe rimpelkaart' }).count()).toBe(0);
  await expectAccessible(policyPage, 'ripples: list for the contractor');
  await press(policyList.getByRole('link', { name: 'Rimpelingen van het buurtfeest' }));
  await policyPage.getByText('Buren leren elkaar kennen → Bewoners organiseren zelf een tweede feest').waitFor();
  await expectAccessible(policyPage, 'ripples: a finished map for the contractor');
  await policy.close();
});

it('moves an effect to another level and draws an arrow with the mouse, and keeps both', async () => {
  const context = await newContext(running.browser, running.app.baseUrl, { width: 1280, height: 900 });
  const page = await context.newPage();
  await logInByKeyboard(page, 'projectleider@thuis.demo');
  await openRipples(page);
  const create = page.getByRole('form', { name: 'Nieuwe rimpelkaart' });
  await create.getByLabel('Naam van de kaart').fill('Rimpelingen van de bankjes');
  await create.getByRole('button', { name: 'Kaart maken' }).click();
  const add = page.getByRole('form', { name: 'Effect toevoegen' });
  for (const text of ['Ouderen rusten uit op hun wandeling', 'Buren blijven even staan praten']) {
    await add.getByLabel('Wat veranderde er?').fill(text);
    await add.getByRole('button', { name: 'Effect toevoegen' }).click();
    await status(page, `Effect "${text}" toegevoegd bij Direct effect.`);
  }
  await expect.poll(() => page.locator('.react-flow__node-effect').count()).toBe(2);

  // Dragged into the middle column: the effect becomes indirect.
  const talk = page.locator('.react-flow__node-effect', { hasText: 'Buren blijven even staan praten' });
  await page.getByTestId('ripple-canvas').scrollIntoViewIfNeeded();
  const from = (await talk.boundingBox())!;
  const band = (await page.locator('.react-flow__node-band').nth(1).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(band.x + band.width / 2, from.y + from.height / 2, { steps: 12 });
  await page.mouse.up();
  await status(page, 'Effect "Buren blijven even staan praten" verplaatst naar Indirect effect.');
  await page.getByRole('heading', { level: 3, name: 'Indirect effect (1)' }).waitFor();

  // An arrow from the cause's right dot to the effect's left dot.
  const rest = page.locator('.react-flow__node-effect', { hasText: 'Ouderen rusten uit' });
  await page.getByTestId('ripple-canvas').scrollIntoViewIfNeeded();
  const source = (await rest.locator('.react-flow__handle-right').boundingBox())!;
  const target = (await talk.locator('.react-flow__handle-left').boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
  await status(page, 'Pijl getekend van "Ouderen rusten uit op hun wandeling" naar "Buren blijven even staan praten".');

  // Both are stored: after a reload the effect is still indirect and the arrow still there.
  await page.reload();
  await page.getByRole('heading', { level: 3, name: 'Indirect effect (1)' }).waitFor();
  await page.getByText('Ouderen rusten uit op hun wandeling → Buren blijven even staan praten').waitFor();
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
  await context.close();
});

it('renames a draft map and zooms the drawing in, out and back to fit with labelled buttons reached by keyboard', async () => {
  const context = await newContext(running.browser, running.app.baseUrl, { width: 1280, height: 900 });
  const page = await context.newPage();
  await logInByKeyboard(page, 'opbouwwerker@thuis.demo');
  await openRipples(page);
  const create = page.getByRole('form', { name: 'Nieuwe rimpelkaart' });
  await create.getByLabel('Naam van de kaart').fill('Rimpelingen van de moestuin');
  await press(create.getByRole('button', { name: 'Kaart maken' }));
  await page.getByRole('heading', { level: 2, name: 'Rimpelingen van de moestuin' }).waitFor();
  const add = page.getByRole('form', { name: 'Effect toevoegen' });
  await add.getByLabel('Wat veranderde er?').fill('Buren oogsten samen');
  await press(add.getByRole('button', { name: 'Effect toevoegen' }));
  await status(page, 'Effect "Buren oogsten samen" toegevoegd bij Direct effect.');

  // Renamed: a name pointing to a person is refused at the field; a good one replaces the heading.
  await press(page.getByRole('button', { name: 'Naam wijzigen' }));
  const rename = page.getByRole('form', { name: 'Naam van de kaart wijzigen' });
  expect(await rename.getByLabel('Naam van de kaart').inputValue()).toBe('Rimpelingen van de moestuin');
  await expectAccessible(page, 'ripples: renaming a map');
  await rename.getByLabel('Naam van de kaart').fill('Bel 06-12345678 over de moestuin');
  await press(rename.getByRole('button', { name: 'Naam opslaan' }));
  await rename
    .getByText(/hierin staat iets waaraan iemand te herkennen is/i)
    .first()
    .waitFor();
  await rename.getByLabel('Naam van de kaart').fill('Rimpelingen van de buurtmoestuin');
  await press(rename.getByRole('button', { name: 'Naam opslaan' }));
  await status(page, 'De kaart heet nu "Rimpelingen van de buurtmoestuin".');
  await page.getByRole('heading', { level: 2, name: 'Rimpelingen van de buurtmoestuin' }).waitFor();
  expect(await page.getByRole('form', { name: 'Naam van de kaart wijzigen' }).count()).toBe(0);

  // Zoom: the buttons beside the drawing, in a named group, change the drawing's scale.
  const zoom = page.getByRole('group', { name: 'Zoomen in de tekening' });
  const scale = () =>
    page.locator('.react-flow__viewport').evaluate((el) => {
      const transform = getComputedStyle(el).transform;
      return new DOMMatrixReadOnly(transform === 'none' ? undefined : transform).a;
    });
  await expect.poll(scale).toBeGreaterThan(0);
  const start = await scale();
  await press(zoom.getByRole('button', { name: 'Inzoomen' }));
  await expect.poll(scale).toBeGreaterThan(start);
  const zoomedIn = await scale();
  await press(zoom.getByRole('button', { name: 'Uitzoomen' }), 'Space');
  await expect.poll(scale).toBeLessThan(zoomedIn);
  await press(zoom.getByRole('button', { name: 'Uitzoomen' }));
  await expect.poll(scale).toBeLessThan(start);
  await press(zoom.getByRole('button', { name: 'Hele kaart tonen' }));
  await expect.poll(scale).toBeCloseTo(start, 1);
  await expectAccessible(page, 'ripples: a renamed and zoomed map');

  // The list shows the new name.
  await press(page.getByRole('link', { name: 'Terug naar alle rimpelkaarten' }));
  await page.getByRole('table', { name: 'Rimpelkaarten' }).getByRole('link', { name: 'Rimpelingen van de buurtmoestuin' }).waitFor();
  await context.close();
});
