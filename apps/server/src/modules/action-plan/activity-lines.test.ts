import { describe, expect, it } from 'vitest';
import type { PlanActivity } from '@thuis/domain';
import { translatorFor } from '../../platform/i18n/translate.js';
import { activityLines } from './download-plan-pdf.js';

const walk: PlanActivity = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'collective_activity',
  title: 'Wandelclub',
  description: '',
  status: 'running',
  place: 'Buurthuis',
  startsOn: '2018-04-05',
  endsOn: null,
  recurrence: 'weekly',
  budgetEuros: 150,
  budgetHours: 30,
  partners: ['Gemeente Nijmegen'],
  lasts: true,
  successorOwner: 'De wandelaars zelf',
  reach: { participants: 14, firstTimers: 6 },
};

describe('what the plan PDF says of an activity', () => {
  const t = translatorFor('nl');
  it('words kind, place, when, partners, budget, reach and who carries it on, in Dutch formats', () => {
    expect(activityLines(walk, t, 'nl')).toEqual([
      'Collectieve activiteit, loopt',
      'Waar: Buurthuis',
      'Wanneer: 05-04-2018 wekelijks',
      'Met: Gemeente Nijmegen',
      'Begroting: €\u00a0150,00, 30 uur',
      'Bereik: 14 deelnemers, van wie 6 voor het eerst',
      'Blijft na het project, bij: De wandelaars zelf',
    ]);
  });
  it('says a count the small-cell rule holds back is too small, and shows no number for it', () => {
    expect(activityLines({ ...walk, reach: { participants: null, firstTimers: null } }, t, 'nl')).toContain('Bereik: te klein om te tonen');
    const lines = activityLines({ ...walk, reach: { participants: 40, firstTimers: null } }, t, 'nl');
    expect(lines).toContain('Bereik: 40 deelnemers');
    expect(lines.join(' ')).not.toMatch(/voor het eerst/);
  });
});
