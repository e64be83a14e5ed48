/**
 * The survey editor (issue 13): the project leader opens the KTO, adds a question (a problem is named
 * by question and field first), finds it again after a reload (the draft is kept on the device),
 * moves it up with the keyboard only, is told by the server at the question that a key shared with
 * the door registration keeps its scale, saves version 2, and a new round uses it: the tablet shows the
 * new question and the round table says which version each round used. Every page passes axe.
 */
import { expect, it } from 'vitest';
import { expectAccessible, newContext, openProject, projectNav, useAppAndBrowser } from './harness.js';

const running = useAppAndBrowser();
const newQuestion = 'Hoe tevreden bent u over het contact met het sociale team?';

it('adds a question, moves it with the keyboard, saves a new version and holds a round with it', async () => {
  const context = await newContext(running.browser, running.app.baseUrl);
  const page = await context.newPage();
  await openProject(page, 'projectleider@thuis.demo');
  await projectNav(page).getByRole('link', { name: 'Enquêtes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enquêtes' }).waitFor();

  await page.getByRole('button', { name: 'Bewerken: Tevredenheid na de werkzaamheden (KTO)' }).click();
  const editor = page.getByRole('form', { name: 'Tevredenheidsonderzoek (KTO) bewerken' });
  await editor.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('survey-editor-title');
  await editor.getByText('U bewerkt versie 1. Opslaan maakt versie 2').waitFor();
  const questions = editor.locator('.thuis-editor-item');
  expect(await questions.count()).toBe(7);
  await expectAccessible(page, 'survey editor: open');

  // A new question without a key: the problem names the question and the field.
  await editor.getByRole('button', { name: 'Vraag toevoegen' }).click();
  const added = questions.nth(7);
  await added.getByLabel('Tekst (Nederlands)').fill(newQuestion);
  await editor.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  const problem = editor.getByRole('alert').filter({ hasText: 'De enquête is niet opgeslagen' });
  await problem.getByText('Vraag 8, Sleutel: een sleutel bestaat uit kleine letters').waitFor();
  await expectAccessible(page, 'survey editor: a problem named at its question');
  await added.getByLabel('Sleutel', { exact: true }).fill('social_team_contact');
  await editor.getByText(/Concept op dit apparaat bewaard om/).waitFor();

  // Nothing typed is lost: after a reload the draft comes back.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Enquêtes' }).waitFor();
  await page.getByRole('button', { name: 'Bewerken: Tevredenheid na de werkzaamheden (KTO)' }).click();
  await editor.getByText(/Uw concept van \d\d:\d\d is teruggezet/).waitFor();
  expect(await questions.count()).toBe(8);
  expect(await questions.nth(7).getByLabel('Sleutel', { exact: true }).inputValue()).toBe('social_team_contact');

  // Up twice, by keyboard only: the focus stays on the moved question's button.
  await editor.getByRole('button', { name: 'Omhoog: Vraag 8' }).focus();
  await page.keyboard.press('Enter');
  await editor.getByRole('group', { name: `Vraag 7: ${newQuestion}` }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Omhoog');
  await page.keyboard.press('Space');
  await editor.getByRole('group', { name: `Vraag 6: ${newQuestion}` }).waitFor();
  await page.getByText(`${newQuestion} staat nu op plaats 6 van 8.`).waitFor({ state: 'attached' });
  expect(await questions.nth(6).getByLabel('Sleutel', { exact: true }).inputValue()).toBe('conversation_helped');
  await expectAccessible(page, 'survey editor: after moving a question');

  // The server keeps a key's meaning: the neighbourhood question compares with the door registration.
  const neighbourhood = questions.nth(2);
  await neighbourhood.getByLabel('Hoogste waarde', { exact: true }).selectOption('5');
  await editor.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await editor
    .getByRole('alert')
    .getByText(/^Vraag 3 \(Hoe tevreden bent u over de buurt\?\): de sleutel neighbourhood_satisfaction vergelijkt met de deurregistratie/)
    .waitFor();
  await expectAccessible(page, 'survey editor: refused by the server at its question');
  await neighbourhood.getByLabel('Hoogste waarde', { exact: true }).selectOption('10');

  await editor.getByRole('button', { name: 'Nieuwe versie opslaan' }).click();
  await page.getByText('Versie 2 van Tevredenheid na de werkzaamheden (KTO) is opgeslagen.').waitFor();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('thuis.surveyEditor.')))).toEqual([]);
  await expectAccessible(page, 'surveys: a new version saved');

  // A new round with version 2 asks the new question.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  await page.getByLabel('Enquête', { exact: true }).selectOption({ label: 'Tevredenheid na de werkzaamheden (KTO) (versie 2)' });
  await page.getByLabel('Begindatum').fill(today);
  await page.getByLabel('Einddatum').fill(`${Number(today.slice(0, 4)) + 1}-01-31`);
  await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
  await page.getByText('De ronde is aangemaakt.').waitFor();
  const rounds = page.getByRole('table', { name: 'Rondes' });
  await rounds.getByRole('columnheader', { name: 'Versie' }).waitFor();
  expect(await rounds.getByRole('row').nth(1).getByRole('cell').nth(1).textContent()).toBe('2');
  await page.getByRole('button', { name: 'Invullen op tablet' }).click();
  await page.getByRole('group', { name: new RegExp(newQuestion.replace('?', '\\?')) }).waitFor();
  await expectAccessible(page, 'surveys: answering version 2 on the tablet');
  await context.close();
});
