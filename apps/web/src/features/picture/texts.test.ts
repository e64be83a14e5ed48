import { describe, expect, it } from 'vitest';
import { categoryCounts, loadedTexts } from './texts';

const text = (id: string) => ({ registrationId: id, formVersion: 1, text: `tekst ${id}` });
const totals = { person_obstacles: 5, person_opportunities: 0, environment_obstacles: 2, environment_opportunities: 1, talents: 3 };

describe('the open answers, page by page', () => {
  it('joins the pages loaded so far in their order', () => {
    expect(loadedTexts(undefined)).toEqual([]);
    expect(
      loadedTexts({
        pages: [
          { texts: [text('a'), text('b')], matched: 3 },
          { texts: [text('c')], matched: 3 },
        ],
      }).map((t) => t.registrationId),
    ).toEqual(['a', 'b', 'c']);
  });

  it('counts the texts of a category, and with a search those found (unknown until the first page is in)', () => {
    const pages = {
      person_obstacles: { data: { pages: [{ texts: [text('a')], matched: 1 }] } },
      person_opportunities: { data: { pages: [{ texts: [], matched: 0 }] } },
      environment_obstacles: {},
      environment_opportunities: {},
      talents: {},
    };
    expect(categoryCounts(pages, totals, false).person_obstacles).toEqual({ total: 5, matched: 5 });
    expect(categoryCounts(pages, totals, false).environment_obstacles).toEqual({ total: 2, matched: 2 });
    const searched = categoryCounts(pages, totals, true);
    expect(searched.person_obstacles).toEqual({ total: 5, matched: 1 });
    expect(searched.person_opportunities).toEqual({ total: 0, matched: 0 });
    expect(searched.environment_obstacles).toEqual({ total: 2, matched: null });
  });
});
