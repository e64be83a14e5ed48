import { describe, expect, it } from 'vitest';
import { searchTerms } from '@thuis/domain';
import { formatNumber } from '../../lib/numbers';
import {
  answerRows,
  askedInVersions,
  biggestAnswers,
  cellText,
  chartHeight,
  chartSummary,
  highlightParts,
  listText,
  localised,
  questionsForVersion,
} from './overview';

const l = (nl: string, en = '') => ({ nl, en });
const options = [
  { key: '1', label: l('1', '1'), count: 2 },
  { key: '2', label: l('2', '2'), count: 0 },
  { key: '3', label: l('3', '3'), count: 9 },
  { key: '4', label: l('4', '4'), count: 6 },
  { key: '5', label: l('5', '5'), count: 6 },
];
const number = (n: number) => formatNumber(n, 'nl');
const percent = (p: number) => `${formatNumber(p, 'nl', 0)}%`;

describe('answer rows', () => {
  it('gives each answer its share of those who answered', () => {
    const rows = answerRows(options, 23, 'nl');
    expect(rows.map((r) => [r.label, r.count, Math.round(r.percent! * 10) / 10])).toEqual([
      ['1', 2, 8.7],
      ['2', 0, 0],
      ['3', 9, 39.1],
      ['4', 6, 26.1],
      ['5', 6, 26.1],
    ]);
    expect(answerRows(options, 0, 'nl').every((r) => r.percent === null)).toBe(true);
  });

  it('picks the label of the language, English falling back to Dutch', () => {
    expect(localised(l('Jonger dan 27', 'Under 27'), 'en')).toBe('Under 27');
    expect(localised(l('Jonger dan 27'), 'en')).toBe('Jonger dan 27');
    expect(localised(l('Jonger dan 27', 'Under 27'), 'nl')).toBe('Jonger dan 27');
  });

  it('writes a cell as count with a Dutch percentage', () => {
    expect(cellText({ count: 1234, percent: 12.345 }, number, percent)).toBe('1.234 (12%)');
    expect(cellText({ count: 3, percent: null }, number, percent)).toBe('3');
  });
});

describe('chart summary', () => {
  const text = {
    summary: (v: { title: string; base: string; answers: string }) => `${v.title}, ${v.base} antwoorden. Meest gegeven: ${v.answers}.`,
    answer: (v: { label: string; value: string }) => `${v.label}: ${v.value}`,
    none: (v: { title: string }) => `${v.title}: nog geen antwoorden.`,
    number,
    percent,
  };

  it('names the three biggest answers, ties in the order of the form', () => {
    const rows = answerRows(options, 23, 'nl');
    expect(biggestAnswers(rows).map((r) => r.key)).toEqual(['3', '4', '5']);
    expect(chartSummary('Tevredenheid', rows, 23, text)).toBe('Tevredenheid, 23 antwoorden. Meest gegeven: 3: 9 (39%); 4: 6 (26%); 5: 6 (26%).');
  });

  it('leaves out answers nobody gave and says so when there are none', () => {
    const rows = answerRows(
      [
        { key: 'a', label: l('Ja'), count: 1 },
        { key: 'b', label: l('Nee'), count: 0 },
      ],
      1,
      'nl',
    );
    expect(chartSummary('Vraag', rows, 1, text)).toBe('Vraag, 1 antwoorden. Meest gegeven: Ja: 1 (100%).');
    expect(
      chartSummary(
        'Vraag',
        answerRows(
          options.map((o) => ({ ...o, count: 0 })),
          0,
          'nl',
        ),
        0,
        text,
      ),
    ).toBe('Vraag: nog geen antwoorden.');
  });
});

describe('form versions', () => {
  it('mentions the versions only when not every version asks the question', () => {
    expect(askedInVersions([1, 2, 3], [1, 2, 3])).toBeNull();
    expect(askedInVersions([3, 2], [1, 2, 3])).toEqual([2, 3]);
    expect(askedInVersions([1], [])).toBeNull();
  });

  it('lists them in words', () => {
    expect(listText(['2', '3'], 'nl')).toBe('2 en 3');
    expect(listText(['1', '2', '4'], 'nl')).toBe('1, 2 en 4');
    expect(listText(['2', '3'], 'en')).toBe('2 and 3');
  });

  it('shows only the questions of a chosen version', () => {
    const questions = [
      { key: 'a', versions: [1, 2] },
      { key: 'b', versions: [2] },
    ];
    expect(questionsForVersion(questions, null).map((q) => q.key)).toEqual(['a', 'b']);
    expect(questionsForVersion(questions, 1).map((q) => q.key)).toEqual(['a']);
  });

  it('makes room for every bar', () => {
    expect(chartHeight(1)).toBe(7);
    expect(chartHeight(10)).toBe(27);
  });
});

describe('marking the words searched for', () => {
  it('marks the matches in the original text', () => {
    expect(highlightParts('Één keer naar het café', searchTerms('een cafe'))).toEqual([
      { text: 'Één', match: true },
      { text: ' keer naar het ', match: false },
      { text: 'café', match: true },
    ]);
    expect(highlightParts('buurthuis', searchTerms('buurt huis'))).toEqual([{ text: 'buurthuis', match: true }]);
    expect(highlightParts('moestuin', searchTerms('koffie'))).toEqual([{ text: 'moestuin', match: false }]);
    expect(highlightParts('moestuin', [])).toEqual([{ text: 'moestuin', match: false }]);
  });
});
