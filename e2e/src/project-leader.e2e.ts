/**
 * Journey of the project leader (issue: foundation): log in, create a project with two partners and
 * a team of three, switch language, log out. Every page visited passes an axe WCAG 2.1 A/AA check.
 */
import { expect, it } from 'vitest';
import { expectAccessible, logIn, newContext, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

it('project leader creates a project with two partners and a team of three, switches language, logs out', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();

  // Opening the app without a session leads to the login page.
  await page.goto('/');
  await page.waitForURL('**/login');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await expectAccessible(page, 'login');

  // A wrong password is refused with a clear message.
  await page.getByLabel('E-mailadres').fill('projectleider@thuis.demo');
  await page.getByLabel('Wachtwoord').fill('niet het wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page
    .getByText(/horen niet bij elkaar/)
    .first()
    .waitFor();
  await expectAccessible(page, 'login with error');

  await logIn(page, 'projectleider@thuis.demo');
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page.getByText('Lankforst: maisonettes').first().waitFor();
  await expectAccessible(page, 'projects');

  await page.getByRole('link', { name: 'Nieuw project' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuw project' }).waitFor();
  await expectAccessible(page, 'new project');

  // Empty form: the fields are named in the messages and nothing is created.
  await page.getByRole('button', { name: 'Project aanmaken' }).click();
  await page
    .getByText(/vul dit veld in/)
    .first()
    .waitFor();
  await expectAccessible(page, 'new project with errors');
  expect(page.url()).toMatch(/\/projects\/new$/);

  await page.getByLabel('Naam', { exact: true }).fill('Hengstdal: verduurzaming');
  await page.getByLabel('Wijk of buurt').fill('Hengstdal');
  await page.getByLabel('Gemeente').fill('Nijmegen');
  await page.getByLabel('Verduurzaming').check();
  await page.getByLabel('Begindatum').fill('2027-01-11');
  await page.getByLabel('Einddatum').fill('2029-06-30');
  await page.getByRole('button', { name: 'Project aanmaken' }).click();

  await page.getByRole('heading', { level: 1, name: 'Hengstdal: verduurzaming' }).waitFor();
  await expect.poll(() => page.getByText('Voorbereiding').count()).toBeGreaterThan(0);
  await expectAccessible(page, 'project page');

  // Two partners besides the leader's own corporation.
  const addPartner = page.getByRole('form', { name: 'Partner toevoegen' });
  for (const [organisation, part] of [
    ['Welzijn Nijmegen Samen', 'Kernpartner'],
    ['Bouwbedrijf Van den Berg', 'Kernpartner'],
  ] as const) {
    await addPartner
      .getByLabel('Organisatie')
      .selectOption({ label: `${organisation} (${organisation.startsWith('Welzijn') ? 'Welzijnsorganisatie' : 'Aannemer'})` });
    await addPartner.getByLabel('Rol in het project').selectOption({ label: part });
    await addPartner.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByRole('table', { name: 'Partners', exact: true }).getByRole('cell', { name: organisation, exact: true }).waitFor();
  }

  // The team: the leader plus a community worker and a site manager.
  const addMember = page.getByRole('form', { name: 'Teamlid toevoegen' });
  for (const [person, role, organisation] of [
    ['Marieke Jansen', 'Opbouwwerker', 'Welzijn Nijmegen Samen'],
    ['Peter Bosman', 'Technisch uitvoerder', 'Bouwbedrijf Van den Berg'],
  ] as const) {
    await addMember.getByLabel('Persoon').selectOption({ label: `${person} (${organisation})` });
    await addMember.getByLabel('Rol').selectOption({ label: role });
    await addMember.getByRole('button', { name: 'Teamlid toevoegen' }).click();
    await page.getByRole('table', { name: 'Team', exact: true }).getByRole('cell', { name: person, exact: true }).waitFor();
  }
  await expect.poll(() => page.getByRole('table', { name: 'Team', exact: true }).locator('tbody tr').count()).toBe(3);
  await expectAccessible(page, 'project page with partners and team');

  // Switch to English: the page and the html element follow.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Team', level: 2, exact: true }).waitFor();
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  await expect.poll(() => page.getByText('Preparation').count()).toBeGreaterThan(0);
  await expectAccessible(page, 'project page in English');

  await page.getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL('**/login');
  await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
  await expectAccessible(page, 'login in English');

  // The session is gone on the server too.
  const status = await page.evaluate(async () => (await fetch('/api/projects')).status);
  expect(status).toBe(401);
  await context.close();
});

it('says so, with a way to reload, when the code of a page cannot be fetched', async () => {
  // Another account than above (that one now speaks English). Without the service worker, so the
  // browser really asks the server for the page's code.
  const context = await running.browser.newContext({
    baseURL: running.app.baseUrl,
    viewport: { width: 1024, height: 768 },
    locale: 'nl-NL',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto('/login');
  await logIn(page, 'opbouwwerker@thuis.demo');
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page.route('**/assets/ActionsPage-*.js', (route) => route.abort('internetdisconnected'));
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .click();
  await projectNav(page).getByRole('link', { name: 'Actielijst' }).click();
  await page.getByText(/Deze pagina kon niet worden getoond/).waitFor();
  await expectAccessible(page, 'a page whose code could not be fetched');
  // With the connection back, reloading shows the page.
  await page.unroute('**/assets/ActionsPage-*.js');
  await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Actielijst' }).waitFor();
  await context.close();
});
