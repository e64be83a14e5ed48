/**
 * The phone at the door (issue 16, acceptance 3): a community worker logs in, opens the project on
 * her visits of today, records one outcome in one tap, and reaches the first question of the
 * registration of today's first visit without scrolling. The skip link is the first thing a
 * keyboard reaches and moves focus to the content; on a phone the project navigation is a menu that
 * opens and closes by keyboard. On a phone and on a tablet; every page passes an axe check.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
// Both run on one database: each records its outcome on a visit of its own.
const viewports = [
  { name: 'phone', width: 390, height: 844, notAtHome: 1, time: '11:00' },
  { name: 'tablet', width: 820, height: 1180, notAtHome: 2, time: '13:30' },
];

/** On the page freshly loaded, the first Tab reaches the skip link; following it puts focus on the main content. */
async function expectSkipLink(page: Page, label: string) {
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent), `first focus on ${label}`).toBe('Direct naar de inhoud');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: `focus after the skip link on ${label}` }).toBe('main');
}

const bottomOf = (page: Page, selector: Parameters<Page['locator']>[0]) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY };
    });

for (const viewport of viewports) {
  it(`on a ${viewport.name}: today's visits, an outcome in one tap, the first question without scrolling`, async () => {
    const context = await newContext(running.browser, running.app.baseUrl, { width: viewport.width, height: viewport.height });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('E-mailadres').waitFor();
    await expectAccessible(page, `login (${viewport.name})`);
    await expectSkipLink(page, 'login');

    await logIn(page, 'opbouwwerker@thuis.demo');
    await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
    await expectAccessible(page, `projects (${viewport.name})`);
    await page
      .getByRole('link', { name: /Lankforst/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Lankforst: maisonettes' }).waitFor();

    // Today's own visits, the first of them on the first screen.
    const today = page.getByRole('region', { name: /^Vandaag, / });
    await today.getByRole('article').first().waitFor();
    const visits = today.getByRole('article');
    expect(await visits.count()).toBe(4);
    const first = await bottomOf(page, 'main article');
    console.info(`[door-today] ${viewport.name}: first visit of today ends at ${Math.round(first.bottom)} px of a ${viewport.height} px screen`);
    expect(first.bottom).toBeLessThanOrEqual(viewport.height);
    await expectAccessible(page, `project opened on today (${viewport.name})`);
    if (process.env.DOOR_TODAY_SHOTS) await page.screenshot({ path: `${process.env.DOOR_TODAY_SHOTS}/today-${viewport.name}.png` });
    await expectSkipLink(page, 'project');

    // The project navigation: a menu on a phone, opened and closed by keyboard; tabs on a tablet.
    const nav = page.getByRole('navigation', { name: 'Werken in dit project' });
    const menu = nav.getByRole('button', { name: 'Projectmenu' });
    if (viewport.name === 'phone') {
      expect(await nav.getByRole('link', { name: 'Huisbezoeken' }).isVisible()).toBe(false);
      await menu.focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await nav.getByRole('link', { name: 'Huisbezoeken' }).waitFor();
      await expectAccessible(page, 'project menu open');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Overzicht');
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.getByRole('link', { name: 'Huisbezoeken' }).isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Projectmenu');
      await page.keyboard.press('Space');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
    } else {
      expect(await menu.count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Huisbezoeken' }).isVisible()).toBe(true);
    }

    // One tap: that visit's resident was not at home.
    const recorded = visits.nth(viewport.notAtHome);
    await recorded.getByRole('button', { name: new RegExp(`^Niet thuis vastleggen: .* om ${viewport.time}$`) }).click();
    await page.getByText(/^Uitkomst vastgelegd voor .*: Niet thuis\.$/).waitFor();
    await expect.poll(() => recorded.getByRole('group', { name: /^Uitkomst van / }).count()).toBe(0);
    expect(await recorded.getByText('Niet thuis', { exact: true }).count()).toBe(1);
    // Focus stays with what happened instead of dropping to the page.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('thuis-today__notice');
    await expectAccessible(page, `outcome recorded (${viewport.name})`);

    // The first visit's registration: the first question on the first screen, without scrolling.
    await visits
      .first()
      .getByRole('link', { name: /^Gesprek registreren: .* om 09:30$/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek registreren' }).waitFor();
    const question = page.getByRole('group', { name: 'Hoe tevreden bent u over de buurt?' });
    await question.waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const box = (await question.boundingBox())!;
    console.info(`[door-today] ${viewport.name}: first question from ${Math.round(box.y)} to ${Math.round(box.y + box.height)} px of ${viewport.height} px`);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await expectAccessible(page, `registration (${viewport.name})`);
    if (process.env.DOOR_TODAY_SHOTS) await page.screenshot({ path: `${process.env.DOOR_TODAY_SHOTS}/registration-${viewport.name}.png` });
    await expectSkipLink(page, 'registration');
    await context.close();
  });
}
