import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canMatch, isFollowUpOverdue, matchInput, suggestMatches, talentCardInput, talentWords, type MatchableCard } from './talents.js';

const words = ['tuinieren', 'boodschappen', 'koken', 'schaken', 'wandelen', 'gezelschap', 'computer', 'fietsen', 'breien', 'klussen'];
const text = fc.array(fc.constantFrom(...words, 'de', 'en', 'graag'), { maxLength: 5 }).map((w) => w.join(' '));
const card = (i: number) =>
  fc
    .record({ householdId: fc.constantFrom('h1', 'h2', 'h3', 'h4', 'h5'), consentWithdrawn: fc.boolean(), gives: text, wishes: text })
    .map((c) => ({ ...c, id: `card-${i}` }));
const cards = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => card(i))));

describe('suggestMatches', () => {
  it('never proposes a card without consent, the card itself or its own household', () => {
    fc.assert(
      fc.property(cards, fc.nat(), (all, pick) => {
        const me = all[pick % all.length]!;
        for (const { card: other } of suggestMatches(me, all, 100)) {
          expect(other.consentWithdrawn).toBe(false);
          expect(other.householdId).not.toBe(me.householdId);
        }
        if (me.consentWithdrawn) expect(suggestMatches(me, all)).toEqual([]);
      }),
    );
  });

  it('proposes every consenting neighbour whose talent meets a wish, and only those with something shared', () => {
    fc.assert(
      fc.property(cards, fc.nat(), (all, pick) => {
        const me = all[pick % all.length]!;
        const proposed = new Set(suggestMatches(me, all, 100).map((s) => s.card.id));
        for (const other of all) {
          const meets =
            [...talentWords(other.gives)].some((w) => talentWords(me.wishes).has(w)) ||
            [...talentWords(other.wishes)].some((w) => talentWords(me.gives).has(w));
          expect(proposed.has(other.id)).toBe(canMatch(me, other) && meets);
        }
      }),
    );
  });

  it('puts a need met both ways first and names the shared words', () => {
    const me: MatchableCard = { id: 'a', householdId: 'h1', consentWithdrawn: false, gives: 'Ik kan koken', wishes: 'Hulp in de tuin, tuinieren' };
    const oneWay: MatchableCard = { id: 'b', householdId: 'h2', consentWithdrawn: false, gives: 'tuinieren', wishes: 'schaken' };
    const bothWays: MatchableCard = { id: 'c', householdId: 'h3', consentWithdrawn: false, gives: 'Tuinieren!', wishes: 'iemand die kookt, koken' };
    const withdrawn: MatchableCard = { id: 'd', householdId: 'h4', consentWithdrawn: true, gives: 'tuinieren', wishes: 'koken' };
    expect(suggestMatches(me, [oneWay, bothWays, withdrawn, me]).map((s) => [s.card.id, s.shared])).toEqual([
      ['c', ['koken', 'tuinieren']],
      ['b', ['tuinieren']],
    ]);
  });
});

describe('talentWords', () => {
  it('ignores case, accents and small words', () => {
    expect([...talentWords('Ik wil graag CAFÉ-bezoek en koffie')]).toEqual(['graag', 'cafe', 'bezoek', 'koffie']);
  });
});

describe('isFollowUpOverdue', () => {
  it('is overdue only when open and the date lies before today', () => {
    expect(isFollowUpOverdue({ followUpOn: '2026-12-01', outcome: null }, '2026-12-02')).toBe(true);
    expect(isFollowUpOverdue({ followUpOn: '2026-12-02', outcome: null }, '2026-12-02')).toBe(false);
    expect(isFollowUpOverdue({ followUpOn: '2026-12-01', outcome: 'no_click' }, '2026-12-02')).toBe(false);
    expect(isFollowUpOverdue({ followUpOn: null, outcome: null }, '2026-12-02')).toBe(false);
  });
});

describe('schemas', () => {
  const householdId = '00000000-0000-4000-8000-000000000001';
  it('refuses a card without consent, naming the field', () => {
    const result = talentCardInput.safeParse({ householdId, contactName: 'A', consentGiven: false, consentGivenOn: '2026-11-01' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['consentGiven', 'errors.talentConsentRequired']]);
  });
  it('refuses a match without both consents or with one card twice', () => {
    const base = {
      cardAId: householdId,
      cardBId: householdId,
      kind: 'company',
      consentA: true,
      consentAOn: '2026-11-01',
      consentB: false,
      consentBOn: '2026-11-01',
      followUpOn: null,
    };
    const result = matchInput.safeParse(base);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['consentB']);
    expect(matchInput.safeParse({ ...base, consentB: true }).error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['cardBId', 'errors.matchSameCard'],
    ]);
  });
});
