import { describe, expect, it } from 'vitest';
import {
  canPlanHandover,
  canWithdrawConsent,
  referralInput,
  referralResponseInput,
  referralStatusAfter,
  referralStatuses,
  sharedWithPartner,
  type ReferralEvent,
} from './referrals.js';

const details = { name: 'Fam. Bakker', address: 'Lankforst 8', phone: '024 123 45 67', email: 'bakker@example.nl', signal: 'Zorgen over schulden' };
const newReferralInput = (overrides: Record<string, unknown> = {}) => ({
  householdId: '7b0c9a39-8f6e-4d55-9d4f-3a0b2c1d4e5f',
  partnerId: '0b6f2f7e-6a0d-4a53-9b71-1c1e4f0a2d33',
  question: 'Wil graag hulp bij het ordenen van de post.',
  consentGiven: true,
  consentGivenOn: '2026-11-20',
  share: ['name', 'phone'],
  ...overrides,
});

describe('referral input', () => {
  it("refuses a referral without the resident's consent, naming the field", () => {
    const result = referralInput.safeParse(newReferralInput({ consentGiven: false }));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['consentGiven', 'errors.consentRequired']]);
  });
  it('needs a household or a signal that names one', () => {
    const result = referralInput.safeParse(newReferralInput({ householdId: null }));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['householdId', 'errors.required']]);
    expect(referralInput.safeParse(newReferralInput({ householdId: null, signalId: '7b0c9a39-8f6e-4d55-9d4f-3a0b2c1d4e50' })).success).toBe(true);
  });
  it('asks a reason for declining', () => {
    expect(referralResponseInput.safeParse({ decision: 'decline', reason: ' ' }).success).toBe(false);
    expect(referralResponseInput.safeParse({ decision: 'accept' }).success).toBe(true);
  });
});

describe('sharedWithPartner', () => {
  it('gives only the consented items', () => {
    expect(sharedWithPartner({ share: ['name', 'phone'], withdrawn: false }, details)).toEqual({ name: 'Fam. Bakker', phone: '024 123 45 67' });
    expect(sharedWithPartner({ share: [], withdrawn: false }, details)).toEqual({});
  });
  it('gives nothing once consent is withdrawn', () => {
    expect(sharedWithPartner({ share: ['name', 'address', 'phone', 'email', 'signal'], withdrawn: true }, details)).toBeNull();
  });
  it('leaves out a consented item that is empty', () => {
    expect(sharedWithPartner({ share: ['email'], withdrawn: false }, { ...details, email: '' })).toEqual({});
  });
});

describe('referralStatusAfter', () => {
  it('walks sent → accepted → completed, or sent → declined', () => {
    expect(referralStatusAfter('sent', 'accept')).toBe('accepted');
    expect(referralStatusAfter('accepted', 'complete')).toBe('completed');
    expect(referralStatusAfter('sent', 'decline')).toBe('declined');
  });
  it('refuses events out of order', () => {
    expect(referralStatusAfter('sent', 'complete')).toBeNull();
    expect(referralStatusAfter('accepted', 'accept')).toBeNull();
    expect(referralStatusAfter('declined', 'accept')).toBeNull();
    expect(referralStatusAfter('withdrawn', 'accept')).toBeNull();
  });
  it('ends a referral under way when consent is withdrawn, and keeps a finished one as it was', () => {
    expect(referralStatusAfter('sent', 'withdraw')).toBe('withdrawn');
    expect(referralStatusAfter('accepted', 'withdraw')).toBe('withdrawn');
    expect(referralStatusAfter('completed', 'withdraw')).toBe('completed');
    expect(referralStatusAfter('declined', 'withdraw')).toBe('declined');
    expect(referralStatusAfter('withdrawn', 'withdraw')).toBeNull();
  });
  it('lets nothing happen to a withdrawn referral', () => {
    for (const event of ['accept', 'decline', 'complete', 'withdraw'] as ReferralEvent[]) expect(referralStatusAfter('withdrawn', event)).toBeNull();
    expect(referralStatuses).toContain('withdrawn');
  });

  it('allows withdrawing consent once, and a hand-over visit only for a referral taken on', () => {
    expect(canWithdrawConsent({ consentWithdrawnAt: null, status: 'completed' })).toBe(true);
    expect(canWithdrawConsent({ consentWithdrawnAt: '2026-03-01T10:00:00Z', status: 'completed' })).toBe(false);
    expect(canWithdrawConsent({ consentWithdrawnAt: null, status: 'withdrawn' })).toBe(false);
    expect(canPlanHandover({ consentWithdrawnAt: null, status: 'accepted' })).toBe(true);
    expect(canPlanHandover({ consentWithdrawnAt: null, status: 'completed' })).toBe(true);
    expect(canPlanHandover({ consentWithdrawnAt: null, status: 'sent' })).toBe(false);
    expect(canPlanHandover({ consentWithdrawnAt: '2026-03-01T10:00:00Z', status: 'accepted' })).toBe(false);
  });
});
