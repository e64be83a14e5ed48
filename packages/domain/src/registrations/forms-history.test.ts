import { describe, expect, it } from 'vitest';
import { defaultFormDefinition } from './form-definition.js';
import { historyRowContent, historyTimestamps, suggestHistoryMapping } from './forms-history.js';

const form = defaultFormDefinition();
const headers = [
  'Tijdstempel',
  'Hoe tevreden bent u over de buurt?',
  'Leeftijdsgroep',
  'Gekozen kaarten',
  'Persoon: belemmeringen',
  'Omgeving: kansen',
  'Talenten',
  'Toestemming contact',
  'Samenvatting',
];

describe('Google Forms history', () => {
  it('suggests the mapping from the export headers', () => {
    expect(suggestHistoryMapping(headers, form)).toEqual({
      '0': 'timestamp',
      '1': 'answer:neighbourhood_satisfaction',
      '2': 'answer:age_group',
      '3': 'cards',
      '4': 'open:person_obstacles',
      '5': 'open:environment_opportunities',
      '6': 'talents',
      '7': 'consent',
      '8': 'summary',
    });
  });

  it('turns a row into registration content, matching options and cards by their text', () => {
    const mapping = suggestHistoryMapping(headers, form);
    const { content, problems } = historyRowContent(
      [
        '3-5-2021 10:12',
        '8',
        '65 tot 80',
        'Erbij horen, Gezondheid',
        'Weinig contact sinds de kinderen weg zijn',
        '',
        'Tuinieren',
        'Ja',
        'Tevreden, zoekt aanspraak',
      ],
      mapping,
      form,
      2,
    );
    expect(problems).toEqual([]);
    expect(content).toMatchObject({
      answers: { neighbourhood_satisfaction: 8, age_group: '65_79' },
      cards: ['belonging', 'health'],
      openText: { person_obstacles: 'Weinig contact sinds de kinderen weg zijn' },
      talents: 'Tuinieren',
      talentsContactConsent: true,
      summary: 'Tevreden, zoekt aanspraak',
    });
  });

  it('names the row and column of values that do not fit the form', () => {
    const mapping = suggestHistoryMapping(headers, form);
    const { problems } = historyRowContent(['', '12', 'bejaard', 'Erbij horen, Geld', '', '', '', '', ''], mapping, form, 7);
    expect(problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [7, 1, 'errors.scaleRange'],
      [7, 2, 'errors.unknownOption'],
      [7, 3, 'errors.unknownOption'],
    ]);
  });

  it('reads the moment of each answer from the timestamp column, naming a cell that is not one', () => {
    const rows = [
      ['3-11-2025 14:05:09', '8'],
      ['', '7'],
      ['gisteren', '6'],
      ['30-3-2025 03:00:00', '9'],
    ];
    const { times, problems } = historyTimestamps(rows, { '0': 'timestamp', '1': 'answer:neighbourhood_satisfaction' }, 2);
    expect(times.map((t) => t?.toISOString() ?? null)).toEqual(['2025-11-03T13:05:09.000Z', null, null, '2025-03-30T01:00:00.000Z']);
    expect(problems).toEqual([{ row: 4, column: 0, key: 'errors.timestamp', params: { value: 'gisteren' } }]);
    expect(historyTimestamps(rows, { '1': 'answer:neighbourhood_satisfaction' }, 2)).toEqual({
      column: undefined,
      times: [null, null, null, null],
      problems: [],
    });
  });
});
