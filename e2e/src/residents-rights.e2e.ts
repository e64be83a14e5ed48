/**
 * Journey of residents' rights and retention (issue 15): the project leader sees the finished
 * Spoorbuurt's purge date and what it will erase; a community worker records a resident's access
 * request from the household's page, downloads the export for the resident and closes it, then
 * records an objection and marks the household "no contact". Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import { expectAccessible, logIn, newContext, openProject, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

it("shows the Spoorbuurt's purge date to its leader", async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const leader = await context.newPage();
  await leader.goto('/login');
  await logIn(leader, 'projectleider@thuis.demo');
  await leader
    .getByRole('link', { name: /Spoorbuurt/ })
    .first()
    .click();
  await leader.getByRole('heading', { level: 1, name: 'Spoorbuurt: groot onderhoud' }).waitFor();
  const section = leader.getByRole('region', { name: 'Bewaartermijn' });
  await section.waitFor();
  await expect.poll(() => section.innerText()).toContain('96 maanden');
  expect(await section.innerText()).toMatch(/20.*(12|december).*2027/);
  expect(await section.innerText()).toContain('Huishoudens met contactgegevens');
  await expectAccessible(leader, 'project page with the retention period');
  await context.close();
});

it('records an access request from the household page, hands over the export and marks an objecting household "no contact"', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const worker = await context.newPage();
  await openProject(worker, 'opbouwwerker@thuis.demo');
  const projectId = worker.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
  const addresses = (await (await worker.request.get(`/api/projects/${projectId}/addresses?limit=5`)).json()).addresses as { id: string }[];
  await worker.goto(`/projects/${projectId}/addresses/${addresses[0]!.id}`);
  await worker
    .getByRole('link', { name: /^Verzoek van de bewoner \(AVG\) voor/ })
    .first()
    .click();
  await worker.getByRole('heading', { level: 1, name: 'Verzoeken van bewoners (AVG)' }).waitFor();
  await expectAccessible(worker, "residents' requests: a household's page");

  // Without a kind nothing is recorded.
  const form = worker.getByRole('form', { name: 'Nieuw verzoek van dit huishouden' });
  await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await worker.getByText('Kies wat de bewoner vraagt.').waitFor();
  await form.getByLabel('Soort verzoek').selectOption({ label: 'Inzage (art. 15)' });
  await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await worker.getByText('Het verzoek is vastgelegd.', { exact: false }).waitFor();
  const table = worker.getByRole('table', { name: 'Verzoeken met hun termijn' });
  await table.getByText('Inzage (art. 15)').waitFor();
  const pdf = table.getByRole('link', { name: /als PDF voor de bewoner downloaden/ });
  const response = await worker.request.get((await pdf.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  await expectAccessible(worker, "residents' requests: an open access request");
  await table.getByRole('button', { name: /^Afgehandeld: inzage gegeven voor/ }).click();
  await table.getByText('Afgehandeld', { exact: true }).waitFor();

  // An objection: confirmed, after which the household shows "no contact".
  await form.getByLabel('Soort verzoek').selectOption({ label: 'Bezwaar: geen contact (art. 21)' });
  await form.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await table.getByText('Bezwaar: geen contact (art. 21)').waitFor();
  await table.getByRole('button', { name: /^Geen contact meer voor/ }).click();
  await worker.getByText('krijgt geen bezoekbrieven', { exact: false }).waitFor();
  await expectAccessible(worker, "residents' requests: confirming an objection");
  await worker.getByRole('button', { name: 'Ja: Geen contact meer' }).click();
  await worker.getByText('Geen contact (bezwaar)').waitFor();
  await expectAccessible(worker, "residents' requests: after the objection");
  await context.close();
});
