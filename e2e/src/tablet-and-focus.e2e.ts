/**
 * Issue 16: tables on a tablet and the focus after an action. At 820 px the contractor's addresses
 * and the referral report scroll sideways: the scroll box is a named region the keyboard reaches and
 * scrolls (axe: scrollable-region-focusable). Removing an outcome of a conversation leaves the
 * focus on the outcome that took its place, never on the page.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
const tablet = { width: 820, height: 1180 };

/** Every table that scrolls sideways is a focusable region named by its caption, and the keyboard scrolls it. */
async function expectScrollableTablesReachable(page: Page) {
  const wraps = page.locator('.thuis-table-wrap');
  await wraps.first().waitFor();
  let scrolling = 0;
  for (const wrap of await wraps.all()) {
    if (!(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth + 1))) continue;
    scrolling += 1;
    expect(await wrap.getAttribute('role')).toBe('region');
    expect(await wrap.getAttribute('tabindex')).toBe('0');
    expect(await wrap.getAttribute('aria-labelledby')).toBeTruthy();
    await wrap.focus();
    // Arrow keys scroll the focused box sideways (End would scroll it down).
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => wrap.evaluate((w) => w.scrollLeft)).toBeGreaterThan(0);
  }
  return scrolling;
}

it('lets the keyboard reach the last columns of the contractor’s addresses and the referral report on a tablet', async () => {
  const context = await newContext(running.browser, running.app.baseUrl, tablet);
  const page = await context.newPage();
  await openProject(page, 'uitvoerder@thuis.demo');
  await projectNav(page).getByRole('link', { name: 'Adressen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Adressen' }).waitFor();
  await page.waitForLoadState('networkidle');
  const addressTables = await expectScrollableTablesReachable(page);
  await expectAccessible(page, 'addresses of the contractor on a tablet');
  await context.close();

  const leader = await newContext(running.browser, running.app.baseUrl, tablet);
  const report = await leader.newPage();
  await openProject(report, 'projectleider@thuis.demo');
  await projectNav(report).getByRole('link', { name: 'Rapportage doorverwijzingen' }).click();
  await report.getByRole('heading', { level: 1, name: 'Rapportage doorverwijzingen' }).waitFor();
  await report.waitForLoadState('networkidle');
  const reportTables = await expectScrollableTablesReachable(report);
  await expectAccessible(report, 'referral report on a tablet');
  // The pages that failed axe before: at least one of their tables does scroll at this width.
  expect(addressTables + reportTables).toBeGreaterThan(0);
  await leader.close();
});

it('keeps the focus on the next outcome after removing one', async () => {
  const context = await newContext(running.browser, running.app.baseUrl, tablet);
  const page = await context.newPage();
  await openProject(page, 'projectleider@thuis.demo');
  const projectId = page.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
  await page.goto(`/projects/${projectId}/picture/conversations`);
  await page.getByRole('heading', { level: 1, name: 'Gesprekken over het beeld' }).waitFor();
  await page.getByLabel('Uitkomst 1', { exact: true }).fill('Een bankje bij de speeltuin.');
  await page.getByRole('button', { name: 'Uitkomst toevoegen' }).click();
  await page.getByLabel('Uitkomst 2', { exact: true }).fill('Een buurtfeest in juni.');
  await page.getByRole('button', { name: 'Verwijder uitkomst 1' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe('Een buurtfeest in juni.');
  await expectAccessible(page, 'picture conversations after removing an outcome');
  await context.close();
});
