import { describe, expect, it } from 'vitest';
import { memoryStorage, syncOutbox, type SendResult } from '../registrations/store';
import { createMeasurementOutbox, type MeasurementOutboxEntry } from './outbox';

const visitId = '6f1c2a52-3c39-4a8e-9d55-2f4a3a1b9c01';
const entry = (clientId: string) => ({
  clientId,
  projectId: 'p1',
  input: { clientId, visitId, moment: 'first_visit' as const, measuredOn: '2026-12-03', wellbeing: 6, ladder: 2 },
});

describe('the measurement outbox', () => {
  it('keeps a measurement made without a connection and sends it once the connection is back, exactly once', async () => {
    const storage = memoryStorage();
    const outbox = createMeasurementOutbox(storage);
    outbox.queue(entry('a'));
    // Queuing the same measurement again keeps one entry.
    outbox.queue(entry('a'));
    expect(outbox.outbox()).toHaveLength(1);
    // It survives a reload: a new outbox over the same storage sees it.
    expect(
      createMeasurementOutbox(storage)
        .waitingFor(visitId)
        .map((e) => e.clientId),
    ).toEqual(['a']);

    const sent: string[] = [];
    let online = false;
    const send = async (e: MeasurementOutboxEntry): Promise<SendResult> => {
      if (!online) return { kind: 'offline' };
      sent.push(e.clientId);
      return { kind: 'saved' };
    };
    expect(await syncOutbox(outbox, send)).toEqual({ saved: [], refused: [], waiting: ['a'] });
    online = true;
    expect(await syncOutbox(outbox, send)).toEqual({ saved: ['a'], refused: [], waiting: [] });
    expect(await syncOutbox(outbox, send)).toEqual({ saved: [], refused: [], waiting: [] });
    expect(sent).toEqual(['a']);
    expect(storage.data.size).toBe(0);
  });

  it('keeps a refused measurement with why for its visit until it is dropped or sent again', async () => {
    const outbox = createMeasurementOutbox(memoryStorage());
    outbox.queue(entry('a'));
    outbox.queue(entry('b'));
    const report = await syncOutbox(outbox, async (e) =>
      e.clientId === 'a'
        ? { kind: 'refused', message: 'Controleer de meting.', fields: [{ path: 'moment', message: 'al een eerste meting' }] }
        : { kind: 'saved' },
    );
    expect(report).toEqual({ saved: ['b'], refused: ['a'], waiting: [] });
    expect(outbox.outbox()).toEqual([]);
    expect(outbox.refusedFor(visitId).map((e) => [e.clientId, e.problem.fields[0]!.path])).toEqual([['a', 'moment']]);
    // Sent again (corrected), it leaves the refused list.
    outbox.queue({ ...entry('a'), input: { ...entry('a').input, moment: 'later' } });
    expect(outbox.refusedFor(visitId)).toEqual([]);
    outbox.refused('a', { message: 'x', fields: [] });
    outbox.dismiss('a');
    expect(outbox.refusedFor(visitId)).toEqual([]);
  });
});
