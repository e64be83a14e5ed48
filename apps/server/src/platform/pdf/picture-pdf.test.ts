import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { PictureContent } from '@thuis/domain';
import { translatorFor } from '../i18n/translate.js';
import { renderTalkingPoster, type PictureMeta } from './picture-pdf.js';

const t = translatorFor('nl');

function newPosterContent(overrides: Partial<PictureContent> = {}): PictureContent {
  return {
    households: 404,
    questions: [],
    topLists: { promising: [], concern: [] },
    themesByCondition: { socio_economic_security: [], social_cohesion: [], social_inclusion: [], social_empowerment: [] },
    quotes: [],
    followUp: { actionsDone: null, householdsReferred: null },
    ...overrides,
  };
}

function newMeta(overrides: Partial<PictureMeta> = {}): PictureMeta {
  return { title: 'Dit hoorden we in de buurt', projectName: 'Spoorbuurt', introduction: '', version: 1, date: '01-12-2026', draft: null, ...overrides };
}

async function read(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const result = await parser.getText();
  await parser.destroy();
  return { pages: result.pages.length, text: result.text.replace(/\s+/g, ' ') };
}

const longName = (i: number) => `Thema ${i}: ${'veel bewoners vertellen hierover aan de keukentafel '.repeat(2)}`.slice(0, 120);

describe('the talking poster', () => {
  it('stays one A3 page with the longest title, introduction, top lists and quotes the forms allow', async () => {
    const content = newPosterContent({
      topLists: { promising: [1, 2, 3, 4, 5].map(longName), concern: [6, 7, 8, 9, 10].map(longName) },
      quotes: [1, 2, 3, 4].map((i) => ({
        text: `Citaat ${i}. ${'Je groet elkaar op de galerij, maar verder spreek je eigenlijk niemand. '.repeat(8)}`.slice(0, 600),
        theme: null,
      })),
    });
    const introduction = `Begin van de inleiding. ${'Dit is wat bewoners ons vertelden tijdens de huisbezoeken. '.repeat(60)}`.slice(0, 3000);
    const poster = await read(await renderTalkingPoster(content, newMeta({ title: 'Titel '.repeat(20).slice(0, 120), introduction }), t));
    expect(poster.pages).toBe(1);
    // Both lists in full, and the invitation at the bottom.
    for (const i of [1, 5, 6, 10]) expect(poster.text).toContain(`Thema ${i}:`);
    expect(poster.text).toContain('Begin van de inleiding.');
    expect(poster.text).toContain(t('picturePdf.posterInvite'));
  });

  it('shows the quotes that fit and the whole introduction when there is room', async () => {
    const content = newPosterContent({
      topLists: { promising: ['Samen tuinieren'], concern: ['Weinig contact tussen buren'] },
      quotes: [{ text: 'De binnentuin kan een moestuin worden.', theme: 'Samen tuinieren' }],
    });
    const poster = await read(await renderTalkingPoster(content, newMeta({ introduction: 'Wat bewoners ons vertelden. Het einde.' }), t));
    expect(poster.pages).toBe(1);
    expect(poster.text).toContain('Het einde.');
    expect(poster.text).toContain('De binnentuin kan een moestuin worden.');
    expect(poster.text).toContain('We spraken met 404 huishoudens.');
  });
});
