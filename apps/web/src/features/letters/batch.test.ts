import { describe, expect, it } from 'vitest';
import { chosenOnOffer, visitsToInvite } from './batch';

const visit = (id: string, invitedOn: string | null) => ({ id, invitedOn });

describe('the visits for a batch of letters', () => {
  const visits = [visit('a', null), visit('b', '2026-11-20'), visit('c', null)];

  it('offers only visits without an invitation, unless asked for all', () => {
    expect(visitsToInvite(visits, true).map((v) => v.id)).toEqual(['a', 'c']);
    expect(visitsToInvite(visits, false).map((v) => v.id)).toEqual(['a', 'b', 'c']);
  });

  it('prints only the chosen visits that are on offer', () => {
    const chosen = new Set(['a', 'b']);
    expect(chosenOnOffer(visitsToInvite(visits, true), chosen).map((v) => v.id)).toEqual(['a']);
    expect(chosenOnOffer(visitsToInvite(visits, false), chosen).map((v) => v.id)).toEqual(['a', 'b']);
  });
});
