/**
 * What the contractor and a partner see, on a phone: the project and its planning, but no team
 * contact data and nothing marked for the social team. The administrator manages accounts on a
 * tablet but sees no project. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
const phone = { width: 390, height: 844 };

async function logInFromLoginPage(page: Page, email: string) {
  await page.goto('/login');
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const email of ['uitvoerder@thuis.demo', 'schuldhulp@thuis.demo']) {
  it(`${email} sees the project's phases but no contact data or social-team notes`, async () => {
    const context = await newContext(running.browser, running.app.baseUrl, phone);
    const page = await context.newPage();
    await logInFromLoginPage(page, email);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, `projects for ${email}`);

    // The project's own link, not the partner's "new in the inbox of Lankforst" on the same page.
    await page
      .getByRole('link', { name: /^Lankforst/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Lankforst: maisonettes' }).waitFor();
    await expect.poll(() => page.getByText('Huisbezoeken').count()).toBeGreaterThan(0);
    await page.getByRole('table', { name: 'Team', exact: true }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, `project page for ${email}`);

    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Notities voor het sociale team');
    expect(text).not.toContain('Contactgegevens van het team');
    expect(text).not.toMatch(/06 1234 56\d\d/);
    expect(text).not.toContain('projectleider@thuis.demo');
    // The API refuses as if the data did not exist.
    const projectId = page.url().split('/').pop();
    const statuses = await page.evaluate(async (id) => {
      const a = await fetch(`/api/projects/${id}/team/contacts`);
      const b = await fetch(`/api/projects/${id}/social-notes`);
      return [a.status, b.status];
    }, projectId);
    expect(statuses).toEqual([404, 404]);
    await context.close();
  });
}

it('the administrator adds an organisation and an account, and sees no project', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await logInFromLoginPage(page, 'beheerder@thuis.demo');
  await expect.poll(() => page.getByText('Lankforst').count()).toBe(0);

  await page.getByRole('link', { name: 'Beheer' }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectAccessible(page, 'admin');
  await page.getByRole('link', { name: 'Organisaties' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
  await expectAccessible(page, 'organisations');
  expect(await page.locator('main').innerText()).toContain('Schuldhulp Nijmegen');

  await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' }).waitFor();
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await page
    .getByText(/Naam: vul dit veld in|vul dit veld in/)
    .first()
    .waitFor();
  await expectAccessible(page, 'new organisation with errors');
  await page.getByLabel('Naam').fill('Formulierenbrigade Nijmegen');
  await page.getByLabel('Soort').selectOption({ label: 'Zorg- of andere partner' });
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await page.getByRole('cell', { name: 'Formulierenbrigade Nijmegen', exact: true }).waitFor();

  await page.getByRole('link', { name: 'Gebruikers' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
  await expectAccessible(page, 'users');
  await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe gebruiker' }).waitFor();
  await expectAccessible(page, 'new user');
  await page.getByLabel('Naam').fill('Fatima Yilmaz');
  await page.getByLabel('E-mailadres').fill('fatima@formulierenbrigade.example');
  await page.getByLabel('Organisatie').selectOption({ label: 'Formulierenbrigade Nijmegen (Zorg- of andere partner)' });
  await page.getByLabel('Wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await page
    .getByText(/minimaal 12 tekens\./)
    .first()
    .waitFor();
  await page.getByLabel('Wachtwoord').fill('een lang genoeg wachtwoord');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await page.getByRole('cell', { name: 'Fatima Yilmaz', exact: true }).waitFor();

  // The password the administrator chose must be replaced first: no other page opens.
  const fatima = await newContext(running.browser, running.app.baseUrl, phone);
  const fatimaPage = await fatima.newPage();
  await fatimaPage.goto('/login');
  await fatimaPage.getByLabel('E-mailadres').fill('fatima@formulierenbrigade.example');
  await fatimaPage.getByLabel('Wachtwoord', { exact: true }).fill('een lang genoeg wachtwoord');
  await fatimaPage.getByRole('button', { name: 'Inloggen' }).click();
  await fatimaPage.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
  await expectAccessible(fatimaPage, 'password change required');

  // Later the administrator can only reset it: a one-time link, without e-mail handed over in person.
  await page.getByRole('link', { name: 'Wijzig Fatima Yilmaz' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gebruiker wijzigen' }).waitFor();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Wachtwoord opnieuw instellen' }).click();
  const link = await page.getByLabel('Eenmalige link').inputValue();
  await page.getByRole('cell', { name: 'Wachtwoord opnieuw ingesteld door beheerder' }).waitFor();
  await expectAccessible(page, 'password reset');

  await fatimaPage.goto(`/new-password${new URL(link).hash}`);
  await fatimaPage.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
  await expectAccessible(fatimaPage, 'new password');
  await fatimaPage.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange wachtwoord');
  await fatimaPage.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await fatimaPage.getByRole('link', { name: 'Naar inloggen' }).click();
  await fatimaPage.getByLabel('E-mailadres').fill('fatima@formulierenbrigade.example');
  await fatimaPage.getByLabel('Wachtwoord', { exact: true }).fill('mijn eigen lange wachtwoord');
  await fatimaPage.getByRole('button', { name: 'Inloggen' }).click();
  await fatimaPage.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  // She sees who reset her password.
  await fatimaPage.getByRole('link', { name: 'Mijn account' }).click();
  await fatimaPage.getByText(/Je wachtwoord is op .* opnieuw ingesteld door/).waitFor();
  await expectAccessible(fatimaPage, 'my account');
  await fatima.close();
  await context.close();
});
