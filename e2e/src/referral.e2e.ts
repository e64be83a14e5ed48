/**
 * Journey of a referral (issue: signals, actions and referrals): a community worker records a
 * care signal from a home visit and refers it to debt help with the resident's consent; the debt
 * help worker sees only what was consented, accepts and reports back; the referral report counts
 * it. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, logIn, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

const question = 'Wil hulp bij het ordenen van de post en een overzicht van de vaste lasten.';

/** The partner's home page after log-in, and how many new referrals its block counts (0 without the block). */
async function partnerHome(page: Page) {
  await page.goto('/login');
  await logIn(page, 'schuldhulp@thuis.demo');
  await page.getByRole('heading', { level: 1, name: 'Projecten' }).waitFor();
  await page
    .getByRole('link', { name: /Lankforst/ })
    .first()
    .waitFor();
  const heading = page.getByRole('heading', { level: 2, name: /^Nieuwe doorverwijzingen \(\d+\)$/ });
  if ((await heading.count()) === 0) return 0;
  return Number((await heading.innerText()).match(/\((\d+)\)/)![1]);
}

it('refers a care signal from a visit to debt help with consent; debt help sees it on its home page, accepts and completes; the report counts it', async () => {
  // Debt help's home page before, on a phone: how many referrals wait for an answer.
  const phoneBefore = await newContext(running.browser, running.app.baseUrl, { width: 390, height: 844 });
  const newBefore = await partnerHome(await phoneBefore.newPage());
  await phoneBefore.close();

  const workerContext = await newContext(running.browser, running.app.baseUrl);
  const worker = await workerContext.newPage();
  await openProject(worker, 'opbouwwerker@thuis.demo');
  const projectId = worker.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;

  // The report before: how many households were referred to debt help in the whole project.
  const reportBefore = await (await worker.request.get(`/api/projects/${projectId}/referral-report`)).json();
  const debtHelpColumn = reportBefore.partners.findIndex((p: { name: string }) => p.name === 'Schuldhulp Nijmegen');
  const debtHelpBefore: number = reportBefore.total.perPartner[debtHelpColumn].count;

  // A conversation the community worker held, found in the day list of its date.
  const session = await (await worker.request.get('/api/auth/session')).json();
  const visits = (
    await (await worker.request.get(`/api/projects/${projectId}/visits?from=2020-01-01&to=2030-01-01&visitorId=${session.user.id}&limit=500`)).json()
  ).items as {
    id: string;
    startsAt: string;
    addressLabel: string;
    outcome: string | null;
  }[];
  const visit = visits.find((v) => v.outcome === 'completed_with_conversation')!;
  expect(visit).toBeDefined();
  await projectNav(worker).getByRole('link', { name: 'Huisbezoeken' }).click();
  await worker.getByRole('heading', { level: 1, name: 'Huisbezoeken' }).waitFor();
  await worker.getByLabel('Datum', { exact: true }).fill(visit.startsAt.slice(0, 10));
  await worker.getByRole('link', { name: new RegExp(`^Signaal doorgeven: ${visit.addressLabel} om`) }).click();

  const signalForm = worker.getByRole('form', { name: 'Signaal doorgeven' });
  await signalForm.getByLabel('Soort signaal').selectOption({ label: 'Zorgsignaal' });
  await signalForm.getByLabel('Onderwerp').selectOption({ label: 'Financieel' });
  await signalForm.getByLabel('Omschrijving').fill('Maakt zich zorgen over oplopende schulden; de post blijft liggen.');
  await expectAccessible(worker, 'signals: form from a visit');
  await signalForm.getByRole('button', { name: 'Signaal doorgeven' }).click();
  await worker.getByText('Signaal doorgegeven').first().waitFor();
  await expectAccessible(worker, 'signals: list');

  // Newest first: the signal just recorded.
  await worker
    .getByRole('link', { name: /^Doorverwijzen: signaal Financieel/ })
    .first()
    .click();
  const referralForm = worker.getByRole('form', { name: 'Nieuwe doorverwijzing' });
  await referralForm.getByLabel('Partnerorganisatie').selectOption({ label: 'Schuldhulp Nijmegen' });
  await referralForm.getByLabel('Vraag van de bewoner').fill(question);
  await referralForm.getByLabel('Naam', { exact: true }).check();
  await referralForm.getByLabel('Telefoonnummer', { exact: true }).check();
  // Without consent nothing is sent.
  await referralForm.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  await worker
    .getByText(/verwijs alleen door als de bewoner ermee instemt/)
    .first()
    .waitFor();
  await referralForm.getByLabel('De bewoner stemt in met deze doorverwijzing').check();
  await expectAccessible(worker, 'referrals: form with consent');
  await referralForm.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  const sent = worker.getByRole('listitem').filter({ hasText: question });
  await sent.waitFor();
  await expectAccessible(worker, 'referrals: list');
  await workerContext.close();

  // Debt help is told on its home page, on a phone and on a tablet: one more new referral, nothing of the household.
  const phone = await newContext(running.browser, running.app.baseUrl, { width: 390, height: 844 });
  const phonePage = await phone.newPage();
  expect(await partnerHome(phonePage)).toBe(newBefore + 1);
  const block = phonePage.getByRole('region', { name: /^Nieuwe doorverwijzingen/ });
  expect(await block.innerText()).not.toMatch(new RegExp(`${visit.addressLabel}|post blijft liggen|vaste lasten`));
  expect(await phonePage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(phonePage, 'home: new referrals on a phone');
  await phone.close();

  // Debt help, on a tablet: from its home page to the referral in the inbox; only the consented details, then accept and report back.
  const partnerContext = await newContext(running.browser, running.app.baseUrl);
  const partner = await partnerContext.newPage();
  expect(await partnerHome(partner)).toBe(newBefore + 1);
  await expectAccessible(partner, 'home: new referrals on a tablet');
  // Newest first: the first link is the referral just sent.
  await partner
    .getByRole('region', { name: /^Nieuwe doorverwijzingen/ })
    .getByRole('link', { name: /^Doorverwijzing van / })
    .first()
    .click();
  await partner.getByRole('heading', { level: 1, name: 'Inbox doorverwijzingen' }).waitFor();
  expect(partner.url()).toMatch(/referral-inbox\?filter=new#referral-/);
  // The inbox opens at that referral: its card holds the question.
  const focused = partner.locator(':focus');
  await expect.poll(async () => (await focused.count()) && (await focused.getAttribute('id'))).toBe(partner.url().split('#')[1]);
  await partner.getByRole('listitem').filter({ has: focused }).filter({ hasText: question }).waitFor();
  // Only the new ones: from the partner's side a sent referral reads "nieuw", not "verstuurd".
  await partner.getByLabel('Toon', { exact: true }).selectOption({ label: 'Nieuw' });
  await partner.waitForURL(/filter=new/);
  const newCard = partner.getByRole('listitem').filter({ hasText: question });
  await newCard.getByText('nieuw', { exact: true }).waitFor();
  expect(await newCard.innerText()).not.toMatch(/verstuurd/);
  await partner
    .getByRole('status')
    .filter({ hasText: /getoond/ })
    .first()
    .waitFor();
  await partner.getByLabel('Toon', { exact: true }).selectOption({ label: 'Alle' });
  const card = partner.getByRole('listitem').filter({ hasText: question });
  await card.waitFor();
  const shown = await card.innerText();
  expect(shown).toMatch(/Telefoonnummer/);
  expect(shown).not.toContain(visit.addressLabel);
  expect(shown).not.toMatch(/Beschrijving van het signaal|post blijft liggen/);
  await expectAccessible(partner, 'inbox: a new referral');
  await card.getByRole('button', { name: /^Aannemen/ }).click();
  await card.getByRole('heading', { name: 'Terugkoppeling' }).waitFor();
  await card.getByLabel('Uitkomst').selectOption({ label: 'Geholpen' });
  await card.getByLabel('Toelichting').fill('Budgetplan opgesteld; bewoner komt maandelijks langs.');
  await expectAccessible(partner, 'inbox: feedback form');
  await card.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
  await card.getByText('Budgetplan opgesteld; bewoner komt maandelijks langs.').waitFor();
  await partnerContext.close();

  // The community worker sees the answer, and the report counts the referral.
  const backContext = await newContext(running.browser, running.app.baseUrl);
  const back = await backContext.newPage();
  await openProject(back, 'opbouwwerker@thuis.demo');
  await projectNav(back).getByRole('link', { name: 'Doorverwijzingen', exact: true }).click();
  // A page at a time: "Meer laden" adds the next page, and the count says how many of how many are shown.
  const cards = back.locator('.thuis-referral-list > li');
  await cards.first().waitFor();
  const firstPage = await cards.count();
  expect(firstPage).toBeLessThanOrEqual(25);
  const more = back.getByRole('button', { name: /^Meer laden/ });
  if (await more.isVisible()) {
    await more.click();
    await expect.poll(() => cards.count()).toBeGreaterThan(firstPage);
  }
  await back.getByLabel('Status', { exact: true }).selectOption({ label: 'afgerond' });
  await back.waitForURL(/status=completed/);
  const answered = back.getByRole('listitem').filter({ hasText: question });
  await answered
    .getByText(/afgerond/i)
    .first()
    .waitFor();
  expect(await answered.innerText()).toContain('Budgetplan opgesteld');
  await projectNav(back).getByRole('link', { name: 'Rapportage doorverwijzingen' }).click();
  const table = back.getByRole('table', { name: 'Doorverwijzingen per bouwfase' });
  await table.waitFor();
  const wholeProject = table.getByRole('row').filter({ hasText: 'Hele project' });
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const cells = await wholeProject.getByRole('cell').allInnerTexts();
  expect(cells[headers.indexOf('Schuldhulp Nijmegen')]).toMatch(new RegExp(`^${debtHelpBefore + 1} \\(`));
  await expectAccessible(back, 'referral report');
  await backContext.close();
});
