import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { PictureContent } from '@thuis/domain';
import { translatorFor } from '../i18n/translate.js';
import type { PictureMeta } from './picture-pdf.js';
import { renderTalkingPoster } from './talking-poster-pdf.js';

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
  return {
    title: 'Dit hoorden we in de buurt',
    projectName: 'Spoorbuurt',
    introduction: '',
    version: 1,
    date: '01-12-2026',
    draft: null,
    meeting: { when: 'dinsdag 15 december 2026 om 19:30', place: 'Buurthuis De Wissel, Spoorstraat 2', contact: 'Buurtteam, 020-123 45 67' },
    ...overrides,
  };
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

  it('draws the themes per condition, a chart of the top lists with hidden figures as "< 5", and the meeting', async () => {
    const theme = (name: string, valence: 'promising' | 'concern', households: number | null) => ({ name, description: '', valence, households });
    const content = newPosterContent({
      topLists: { promising: ['Samen tuinieren'], concern: ['Eenzaamheid'] },
      themesByCondition: {
        socio_economic_security: [theme('Hoge energierekening', 'concern', 23)],
        social_cohesion: [theme('Samen tuinieren', 'promising', 41)],
        social_inclusion: [theme('Eenzaamheid', 'concern', null)],
        social_empowerment: [],
      },
    });
    const poster = await read(await renderTalkingPoster(content, newMeta(), t));
    expect(poster.pages).toBe(1);
    for (const condition of ['socio_economic_security', 'social_cohesion', 'social_inclusion', 'social_empowerment'])
      expect(poster.text).toContain(t(`posterPdf.conditions.${condition}`));
    expect(poster.text).toContain('Hoge energierekening');
    expect(poster.text).toContain(t('posterPdf.chartTitle'));
    // The shown count next to its theme; the hidden one as "< 5", never a number.
    expect(poster.text).toMatch(/Samen tuinieren 41/);
    expect(poster.text).toMatch(/Eenzaamheid < 5/);
    expect(poster.text).toContain('dinsdag 15 december 2026 om 19:30');
    expect(poster.text).toContain('Buurthuis De Wissel, Spoorstraat 2');
    expect(poster.text).toContain('Buurtteam, 020-123 45 67');
  });
});
