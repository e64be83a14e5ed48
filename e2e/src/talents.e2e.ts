/**
 * Journey of talents matched between neighbours (issue 12): the community worker makes a card from a
 * household's page (only with consent), finds a consenting
 * household by its talent, matches it with a neighbour the page proposes (both consents ticked),
 * records the outcome at the follow-up, and withdraws a resident's consent, after which the card is
 * gone. A resident-group member does not find the page. Every page passes an axe check.
 */
import { expect, it } from 'vitest';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();

type Card = { id: string; contactName: string; address: string; gives: string };

it('finds a consenting household by talent, matches it with a proposed neighbour, records the outcome and withdraws a consent', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const worker = await context.newPage();
  await openProject(worker, 'opbouwwerker@thuis.demo');
  const projectId = worker.url().split('/projects/')[1]!.split(/[/?#]/)[0]!;
  await projectNav(worker).getByRole('link', { name: 'Talenten en koppelingen' }).click();
  await worker.getByRole('heading', { level: 1, name: 'Talenten en koppelingen' }).waitFor();
  await expectAccessible(worker, 'talents: list');

  // From a household's page: a new card for a resident who agreed to be contacted.
  const cardHolders = new Set(
    ((await (await worker.request.get(`/api/projects/${projectId}/talent-cards?limit=200`)).json()).cards as { householdId: string }[]).map(
      (c) => c.householdId,
    ),
  );
  const addresses = (await (await worker.request.get(`/api/projects/${projectId}/addresses?limit=20`)).json()).addresses as { id: string }[];
  let home: string | undefined;
  for (const a of addresses) {
    const households = (await (await worker.request.get(`/api/projects/${projectId}/addresses/${a.id}/households`)).json()).households as {
      id: string;
      current: boolean;
    }[];
    if (households.some((h) => h.current && !cardHolders.has(h.id))) home = a.id;
    if (home) break;
  }
  await worker.goto(`/projects/${projectId}/addresses/${home}`);
  await worker
    .getByRole('link', { name: /^Talentenkaart maken voor/ })
    .first()
    .click();
  const cardForm = worker.getByRole('form', { name: 'Nieuwe talentenkaart' });
  await cardForm.getByLabel('Naam bewoner').fill('Mevrouw Nieuwe Buur');
  await cardForm.getByLabel('Wat ik kan en wil geven').fill('Fietsen repareren en breien');
  await cardForm.getByLabel('Wat ik graag zou willen').fill('Samen wandelen');
  // Without consent there is no card.
  await cardForm.getByRole('button', { name: 'Talentenkaart opslaan' }).click();
  await worker
    .getByText(/maak alleen een talentenkaart als de bewoner wil dat we contact opnemen/)
    .first()
    .waitFor();
  await cardForm.getByLabel('De bewoner wil dat we contact opnemen voor een koppeling').check();
  await expectAccessible(worker, 'talents: new card from the household page');
  await cardForm.getByRole('button', { name: 'Talentenkaart opslaan' }).click();
  await worker.getByText('De talentenkaart van Mevrouw Nieuwe Buur is opgeslagen.').waitFor();
  await worker.getByLabel('Zoek in talenten').fill('breien');
  await worker.getByRole('button', { name: 'Zoeken' }).click();
  await worker.getByRole('heading', { name: /^Mevrouw Nieuwe Buur, / }).waitFor();

  // A card whose talent meets a neighbour's wish (the demo has several).
  const cards = (await (await worker.request.get(`/api/projects/${projectId}/talent-cards?limit=200`)).json()).cards as Card[];
  let card: Card | undefined;
  let neighbour: Card | undefined;
  for (const c of cards) {
    const suggestions = (await (await worker.request.get(`/api/projects/${projectId}/talent-cards/${c.id}/suggestions`)).json()).suggestions as {
      card: Card;
    }[];
    // Two different names, so each consent box is told apart by its label.
    const other = suggestions.find((s) => s.card.contactName !== c.contactName);
    if (other) [card, neighbour] = [c, other.card];
    if (card) break;
  }
  expect(card).toBeDefined();
  const talent = card!.gives.split(/[;,. ]/)[0]!;
  await worker.getByLabel('Zoek in talenten').fill(talent);
  await worker.getByRole('button', { name: 'Zoeken' }).click();
  const item = worker.getByRole('listitem').filter({ has: worker.getByRole('heading', { name: `${card!.contactName}, ${card!.address}` }) });
  await item.waitFor();
  await expectAccessible(worker, 'talents: searched by talent');

  await item.getByRole('button', { name: /^Koppel .* aan een buur$/ }).click();
  const matchForm = worker.getByRole('form', { name: `Koppel ${card!.contactName} aan een buur` });
  await matchForm.getByLabel('Buur', { exact: true }).selectOption(neighbour!.id);
  await matchForm.getByLabel('Soort koppeling').selectOption({ label: 'Gedeelde interesse' });
  // Without both consents nothing is recorded.
  await matchForm.getByRole('button', { name: 'Koppeling vastleggen' }).click();
  await worker
    .getByText(/koppel alleen als deze bewoner met de koppeling instemt/)
    .first()
    .waitFor();
  await matchForm.getByLabel(`${card!.contactName} stemt in met deze koppeling`).check();
  await matchForm.getByLabel(`${neighbour!.contactName} stemt in met deze koppeling`).check();
  await matchForm.getByLabel('Navragen op').fill('2026-01-05');
  await expectAccessible(worker, 'talents: match form');
  await matchForm.getByRole('button', { name: 'Koppeling vastleggen' }).click();
  await worker.getByText(`${card!.contactName} en ${neighbour!.contactName} zijn gekoppeld.`).waitFor();

  // The follow-up date has passed: the match shows as overdue, then its outcome closes it.
  const match = worker
    .getByRole('listitem')
    .filter({ has: worker.getByRole('heading', { name: `${card!.contactName} en ${neighbour!.contactName}` }) })
    .first();
  await match.getByText('Navragen te laat').waitFor();
  await match.getByRole('button', { name: /^Navragen/ }).click();
  await match.getByLabel('Uitkomst', { exact: true }).selectOption({ label: 'Blijvend contact' });
  await match.getByLabel('Toelichting op de uitkomst').fill('Ze wandelen nu elke week samen.');
  await expectAccessible(worker, 'talents: follow-up form');
  await match.getByRole('button', { name: 'Opslaan' }).click();
  await worker.getByLabel('Toon', { exact: true }).selectOption({ label: 'Afgesloten' });
  await worker.getByText('Blijvend contact: Ze wandelen nu elke week samen.').waitFor();

  // The neighbour no longer wants to be contacted: its card leaves the list at once.
  const neighbourItem = worker.getByRole('listitem').filter({ has: worker.getByRole('heading', { name: `${neighbour!.contactName}, ${neighbour!.address}` }) });
  await worker.goto(`/projects/${projectId}/talents?talent=${encodeURIComponent(neighbour!.gives.split(/[;,. ]/)[0]!)}`);
  await neighbourItem.waitFor();
  await neighbourItem.getByRole('button', { name: /^Toestemming van .* intrekken$/ }).click();
  await expectAccessible(worker, 'talents: withdraw consent');
  await neighbourItem.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await worker.getByText('De toestemming is ingetrokken; de kaart en de lopende koppelingen zijn verdwenen.').waitFor();
  await neighbourItem.waitFor({ state: 'detached' });
  expect((await worker.request.get(`/api/projects/${projectId}/talent-cards/${neighbour!.id}`)).status()).toBe(404);
  await context.close();

  // Outside the social team the page does not exist.
  const residentContext = await newContext(running.browser, running.app.baseUrl);
  const resident = await residentContext.newPage();
  await openProject(resident, 'bewoner@thuis.demo');
  expect(await resident.getByRole('link', { name: 'Talenten en koppelingen' }).count()).toBe(0);
  await resident.goto(`/projects/${projectId}/talents`);
  await resident.getByRole('heading', { level: 1, name: /niet gevonden/i }).waitFor();
  await expectAccessible(resident, 'talents: not found for the resident group');
  await residentContext.close();
});
