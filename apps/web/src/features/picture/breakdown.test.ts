import { describe, expect, it } from 'vitest';
import { breakdownMax, breakdownRows } from './breakdown';

const question = {
  options: [
    { key: 'under_30', label: { nl: 'jonger dan 30', en: 'under 30' }, count: 0 },
    { key: '30_49', label: { nl: '30 tot 50', en: '30 to 50' }, count: 0 },
    { key: '65_plus', label: { nl: '65 of ouder', en: '65 or older' }, count: 0 },
  ],
};

describe('breakdownRows', () => {
  it('labels answer keys with the form in the form order, zero rows included', () => {
    expect(breakdownRows({ '65_plus': 3, under_30: 1 }, question, 'nl', 'Geen antwoord')).toEqual([
      { key: 'under_30', label: 'jonger dan 30', count: 1 },
      { key: '30_49', label: '30 tot 50', count: 0 },
      { key: '65_plus', label: '65 of ouder', count: 3 },
    ]);
  });

  it('uses the page language', () => {
    expect(breakdownRows({ under_30: 1 }, question, 'en', 'No answer')[0]!.label).toBe('under 30');
  });

  it('keeps answers the form no longer has and puts "no answer" last', () => {
    const rows = breakdownRows({ '': 2, old_key: 1, under_30: 1 }, question, 'nl', 'Geen antwoord');
    expect(rows.slice(-2)).toEqual([
      { key: 'old_key', label: 'old_key', count: 1 },
      { key: '', label: 'Geen antwoord', count: 2 },
    ]);
  });

  it('works without the question or the counts', () => {
    expect(breakdownRows({ a: 1 }, undefined, 'nl', '–')).toEqual([{ key: 'a', label: 'a', count: 1 }]);
    expect(breakdownRows(undefined, question, 'nl', '–').map((r) => r.count)).toEqual([0, 0, 0]);
  });

  it('gives the widest bar', () => {
    expect(breakdownMax([])).toBe(1);
    expect(
      breakdownMax([
        { key: 'a', label: 'a', count: 4 },
        { key: 'b', label: 'b', count: 2 },
      ]),
    ).toBe(4);
  });
});
