import { describe, expect, it } from 'vitest';
import { beforeAfterByGroup, householdChanges, measurementCorrection, measurementInput, type Measurement } from './before-after.js';

const m = (householdKey: string, moment: Measurement['moment'], measuredOn: string, wellbeing: number | null, ladder: number | null): Measurement => ({
  householdKey,
  moment,
  measuredOn,
  wellbeing,
  ladder,
});

describe('before and after per household', () => {
  it('asks for a wellbeing or a ladder level within their scales', () => {
    const visitId = '6f1c2a52-3c39-4a8e-9d55-2f4a3a1b9c01';
    const clientId = '6f1c2a52-3c39-4a8e-9d55-2f4a3a1b9c02';
    expect(
      measurementInput.safeParse({ clientId, visitId, moment: 'first_visit', measuredOn: '2022-01-10' }).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['wellbeing']);
    expect(
      measurementInput
        .safeParse({ clientId, visitId, moment: 'later', measuredOn: '2022-01-10', wellbeing: 11, ladder: 7 })
        .error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['wellbeing', 'ladder']);
    expect(measurementInput.safeParse({ visitId, moment: 'later', measuredOn: '2022-01-10', ladder: 3 }).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'clientId',
    ]);
    expect(measurementInput.parse({ clientId, visitId, moment: 'later', measuredOn: '2022-01-10', ladder: 3 })).toMatchObject({ wellbeing: null, ladder: 3 });
    // A correction keeps the same rules, without the visit.
    expect(measurementCorrection.safeParse({ moment: 'later', measuredOn: '2022-01-10' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['wellbeing']);
    expect(measurementCorrection.parse({ moment: 'first_visit', measuredOn: '2022-01-10', wellbeing: 6 })).toEqual({
      moment: 'first_visit',
      measuredOn: '2022-01-10',
      wellbeing: 6,
      ladder: null,
    });
  });

  it('takes the latest later measurement against the first, leaving out households without both', () => {
    const changes = householdChanges([
      m('a', 'first_visit', '2021-10-01', 5, 1),
      m('a', 'later', '2022-06-01', 6, 2),
      m('a', 'later', '2023-06-01', 8, null),
      m('b', 'first_visit', '2021-10-01', 7, 3),
      m('c', 'later', '2023-06-01', 9, 6),
      // A "later" one before the first visit does not count.
      m('d', 'first_visit', '2022-01-01', 4, 2),
      m('d', 'later', '2021-12-01', 9, 6),
    ]);
    expect(changes).toEqual([{ householdKey: 'a', wellbeing: 3, ladder: null }]);
  });

  it('shows the mean change per group of at least five households, and holds back a small group also from the total', () => {
    const households = (group: string, count: number, change: number) =>
      Array.from({ length: count }, (_, i) => ({ householdKey: `${group}${i}`, group, wellbeing: change, ladder: 1 }));
    const groups = [
      { key: 'p1', label: 'Fase 1' },
      { key: 'p2', label: 'Fase 2' },
      { key: 'p3', label: 'Fase 3' },
    ];
    const report = beforeAfterByGroup([...households('p1', 6, 2), ...households('p2', 7, 1), ...households('p3', 4, -3)], groups);
    // Phase 3's four are held back, and phase 1 with them: else 17 − 6 − 7 would give the four away.
    expect(report.rows.map((r) => r.wellbeing)).toEqual([
      { households: null, meanChange: null },
      { households: 7, meanChange: 1 },
      { households: null, meanChange: null },
    ]);
    expect(report.total.wellbeing).toEqual({ households: 17, meanChange: 0.4 });
  });

  it('gives the mean of a shown group with one decimal', () => {
    const changes = [1, 2, 2, 3, 4].map((w, i) => ({ householdKey: `h${i}`, group: 'x', wellbeing: w, ladder: null }));
    const report = beforeAfterByGroup(changes, [
      { key: 'x', label: 'X' },
      { key: 'y', label: 'Y' },
    ]);
    expect(report.rows[0]!.wellbeing).toEqual({ households: 5, meanChange: 2.4 });
    expect(report.rows[0]!.ladder).toEqual({ households: 0, meanChange: null });
    expect(report.total.wellbeing).toEqual({ households: 5, meanChange: 2.4 });
  });
});
