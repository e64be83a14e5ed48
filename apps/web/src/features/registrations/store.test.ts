import { describe, expect, it } from 'vitest';
import {
  classifyFailure,
  createRegistrationStore,
  emptyContent,
  keepKnownAnswers,
  memoryStorage,
  syncOutbox,
  type OutboxEntry,
  type SendResult,
} from './store';

const ids = { a: '00000000-0000-4000-8000-00000000000a', b: '00000000-0000-4000-8000-00000000000b' };
const base = { projectId: 'p', formVersionId: 'f', content: emptyContent() };

function setup() {
  const storage = memoryStorage();
  const store = createRegistrationStore(storage, () => new Date('2026-03-01T10:15:00Z'));
  return { storage, store };
}

describe('registration drafts', () => {
  it('saves and restores a draft per visit, surviving a new store over the same storage', () => {
    const { storage, store } = setup();
    store.saveDraft({ ...base, clientId: ids.a, visitId: 'v1', content: { ...emptyContent(), summary: 'Goed gesprek' } });
    const again = createRegistrationStore(storage);
    expect(again.draft('v1')).toMatchObject({ clientId: ids.a, savedAt: '2026-03-01T10:15:00.000Z', content: { summary: 'Goed gesprek' } });
    expect(again.draft('v2')).toBeNull();
  });

  it('queuing moves the draft to the outbox, once per client id', () => {
    const { store } = setup();
    store.saveDraft({ ...base, clientId: ids.a, visitId: 'v1' });
    store.queue({ ...base, clientId: ids.a, visitId: 'v1' });
    store.queue({ ...base, clientId: ids.a, visitId: 'v1' });
    expect(store.draft('v1')).toBeNull();
    expect(store.outbox().map((e) => e.clientId)).toEqual([ids.a]);
    expect(store.queuedFor('v1')?.clientId).toBe(ids.a);
  });

  it('ignores broken stored data', () => {
    const { storage, store } = setup();
    storage.setItem('thuis.registration.outbox', '{nope');
    expect(store.outbox()).toEqual([]);
  });
});

describe('syncOutbox', () => {
  const queueTwo = () => {
    const { store, storage } = setup();
    store.queue({ ...base, clientId: ids.a, visitId: 'v1' });
    store.queue({ ...base, clientId: ids.b, visitId: 'v2' });
    return { store, storage };
  };

  it('removes what the server saved', async () => {
    const { store, storage } = queueTwo();
    const sent: string[] = [];
    const report = await syncOutbox(store, async (e) => (sent.push(e.clientId), { kind: 'saved' }));
    expect(sent).toEqual([ids.a, ids.b]);
    expect(report.saved).toEqual([ids.a, ids.b]);
    expect(store.outbox()).toEqual([]);
    expect(storage.data.size).toBe(0);
  });

  it('keeps everything queued without a connection, and sends each once when it returns', async () => {
    const { store } = queueTwo();
    const offline = await syncOutbox(store, async () => ({ kind: 'offline' }));
    expect(offline.waiting).toEqual([ids.a, ids.b]);
    expect(store.outbox()).toHaveLength(2);
    const thrown = await syncOutbox(store, async () => {
      throw new Error('network');
    });
    expect(thrown.waiting).toHaveLength(2);

    const server = new Map<string, OutboxEntry>();
    await syncOutbox(store, async (e) => (server.set(e.clientId, e), { kind: 'saved' }));
    await syncOutbox(store, async (e) => (server.set(e.clientId, e), { kind: 'saved' }));
    expect([...server.keys()]).toEqual([ids.a, ids.b]);
    expect(store.outbox()).toEqual([]);
  });

  it('moves a refused registration back to its draft with the same client id and the field messages', async () => {
    const { store } = queueTwo();
    const results: Record<string, SendResult> = {
      [ids.a]: { kind: 'refused', message: 'Controleer de invoer.', fields: [{ path: 'content.summary', message: 'herkenbaar' }] },
      [ids.b]: { kind: 'saved' },
    };
    const report = await syncOutbox(store, async (e) => results[e.clientId]!);
    expect(report).toEqual({ saved: [ids.b], refused: [ids.a], waiting: [] });
    expect(store.outbox()).toEqual([]);
    expect(store.draft('v1')).toMatchObject({ clientId: ids.a, serverProblem: { fields: [{ path: 'content.summary' }] } });
  });
});

describe('helpers', () => {
  it('retries on network trouble and refuses on bad input', () => {
    expect([0, 401, 500, 503].map(classifyFailure)).toEqual(['retry', 'retry', 'retry', 'retry']);
    expect([400, 403, 404].map(classifyFailure)).toEqual(['refused', 'refused', 'refused']);
  });

  it('drops answers to questions the form no longer has', () => {
    const content = { ...emptyContent(), answers: { a: 1, gone: 'x' }, cards: ['life', 'old'] };
    expect(keepKnownAnswers(content, ['a'], ['life'])).toMatchObject({ answers: { a: 1 }, cards: ['life'] });
  });
});
