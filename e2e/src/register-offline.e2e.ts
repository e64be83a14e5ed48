/**
 * Journey at the door (issue: home visits, acceptance 1), on a phone: plan a visit, go offline,
 * register the conversation, close and reopen the page, go online, and see it synced once.
 */
import { expect, it } from 'vitest';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

it('registers a conversation offline and syncs it exactly once', async () => {
  const context = await newContext(running.browser, running.app.baseUrl, { width: 390, height: 844 });
  const page = await context.newPage();
  await openProject(page, 'opbouwwerker@thuis.demo');
  const projectId = page.url().split('/projects/')[1]!.split('/')[0]!;
  await projectNav(page).getByRole('link', { name: 'Huisbezoeken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
  // The list pages (newest first): every page read, to count them all.
  const registrationIds = (on: typeof page) =>
    on.evaluate(async (id) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (await (await fetch(`/api/projects/${id}/registrations?limit=500${cursor ? `&cursor=${cursor}` : ''}`)).json()) as {
          items: { id: string }[];
          nextCursor: string | null;
        };
        ids.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      return ids;
    }, projectId);
  const before = await registrationIds(page);

  // Plan a follow-up visit for today and record that the conversation took place.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  await page.getByRole('button', { name: 'Bezoek plannen' }).click();
  const form = page.getByRole('form', { name: 'Bezoek plannen' });
  await form.getByLabel('Zoek een adres').fill('Lankforst 3');
  await expect.poll(() => form.getByLabel('Adres', { exact: true }).locator('option').count()).toBeGreaterThan(1);
  await form.getByLabel('Adres', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Soort bezoek').selectOption({ label: 'Vervolgbezoek' });
  await form.getByLabel('Datum en tijd').fill(`${today}T07:00`);
  await form.getByLabel(/^Marieke Jansen/).check();
  await form.getByLabel(/^Ahmed El Amrani/).check();
  await form.getByRole('button', { name: 'Bezoek plannen' }).click();
  await page.getByText(/Bezoek gepland: /).waitFor();
  await page.getByRole('button', { name: /^Uitkomst vastleggen: .* om 07:00$/ }).click();
  const outcome = page.getByRole('form', { name: /^Uitkomst vastleggen: / });
  await outcome.getByLabel('Uitkomst').selectOption({ label: 'Afgerond met sociaal gesprek' });
  await outcome.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await page
    .getByRole('link', { name: /^Gesprek registreren: .* om 07:00$/ })
    .or(page.getByRole('button', { name: /^Gesprek registreren: .* om 07:00$/ }))
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: 'Gesprek registreren' }).waitFor();
  await expectAccessible(page, 'registration form');
  const registrationUrl = page.url();
  // Let the service worker take control, so the page opens again without a connection.
  await page
    .waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 })
    .catch(async () => {
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 15_000 });
    });
  await page.getByRole('heading', { level: 1, name: 'Gesprek registreren' }).waitFor();

  // At the door: no connection.
  await context.setOffline(true);
  await page.getByRole('group', { name: 'Hoe tevreden bent u over de buurt?' }).getByLabel('8', { exact: true }).check();
  await page.getByLabel('Persoon: kansen').fill('Kookt graag en wil dat voor buren doen.');
  await page.getByLabel('Geanonimiseerde samenvatting').fill('Tevreden over de buurt, wil graag koken voor anderen.');
  await page.getByText(/Concept opgeslagen op dit apparaat om/).waitFor();
  await page.getByRole('button', { name: 'Registratie opslaan' }).click();
  await page.getByText('1 registratie wacht op verbinding').first().waitFor();

  // The tablet closes the page; it is opened again, still offline.
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(registrationUrl);
  await reopened.getByText('1 registratie wacht op verbinding').first().waitFor();

  // Back online: it syncs, once.
  await context.setOffline(false);
  await reopened.getByText('Alles gesynchroniseerd').first().waitFor({ timeout: 45_000 });
  const after = await registrationIds(reopened);
  expect(after.length).toBe(before.length + 1);
  const synced = after.filter((id) => !before.includes(id));
  expect(synced).toHaveLength(1);
  // Its answers as the team reads them: through the picture (the list names registrations, not answers).
  const texts = await reopened.evaluate(
    async (id) =>
      (await (await fetch(`/api/projects/${id}/picture/texts?category=person_opportunities&limit=500`)).json()) as {
        texts: { registrationId: string; text: string }[];
      },
    projectId,
  );
  expect(texts.texts.filter((o) => o.text === 'Kookt graag en wil dat voor buren doen.').map((o) => o.registrationId)).toEqual(synced);
  await context.close();
});
