import type { MeasurementInput } from '@thuis/domain';
import type { FieldMessage, KeyValueStorage } from '../registrations/store';

/**
 * Before/after measurements made at the door wait in this device's outbox like registrations: kept
 * in local storage until the server has them. The client id is made once per measurement, so a
 * measurement sent again (an answer lost on the way) is stored once.
 */
export interface MeasurementOutboxEntry {
  clientId: string;
  projectId: string;
  input: MeasurementInput;
  queuedAt: string;
}

/** A measurement the server refused: kept on this device with why, until the user puts it right or drops it. */
export interface RefusedMeasurement extends MeasurementOutboxEntry {
  problem: { message: string; fields: FieldMessage[] };
}

const outboxKey = 'thuis.measurement.outbox';
const refusedKey = 'thuis.measurement.refused';

function read<T>(storage: KeyValueStorage, key: string): T[] {
  try {
    const text = storage.getItem(key);
    return text ? (JSON.parse(text) as T[]) : [];
  } catch {
    return [];
  }
}

function write<T>(storage: KeyValueStorage, key: string, entries: T[]) {
  if (entries.length) storage.setItem(key, JSON.stringify(entries));
  else storage.removeItem(key);
}

export function createMeasurementOutbox(storage: KeyValueStorage, now: () => Date = () => new Date()) {
  const outbox = () => read<MeasurementOutboxEntry>(storage, outboxKey);
  const refusedList = () => read<RefusedMeasurement>(storage, refusedKey);
  return {
    outbox,
    /** Waits to be sent; queuing the same client id twice keeps one entry. */
    queue: (entry: Omit<MeasurementOutboxEntry, 'queuedAt'>): MeasurementOutboxEntry => {
      const queued = { ...entry, queuedAt: now().toISOString() };
      write(storage, outboxKey, [...outbox().filter((e) => e.clientId !== entry.clientId), queued]);
      write(
        storage,
        refusedKey,
        refusedList().filter((e) => e.clientId !== entry.clientId),
      );
      return queued;
    },
    /** The server has it: forget it here. */
    delivered: (clientId: string) =>
      write(
        storage,
        outboxKey,
        outbox().filter((e) => e.clientId !== clientId),
      ),
    /** The server refused it: out of the outbox, kept with the messages for the visit's page. */
    refused: (clientId: string, problem: { message: string; fields: FieldMessage[] }) => {
      const entry = outbox().find((e) => e.clientId === clientId);
      if (!entry) return;
      write(
        storage,
        outboxKey,
        outbox().filter((e) => e.clientId !== clientId),
      );
      write(storage, refusedKey, [...refusedList().filter((e) => e.clientId !== clientId), { ...entry, problem }]);
    },
    /** What waits, or was refused, for one visit. */
    waitingFor: (visitId: string) => outbox().filter((e) => e.input.visitId === visitId),
    refusedFor: (visitId: string) => refusedList().filter((e) => e.input.visitId === visitId),
    /** The user dropped a refused measurement. */
    dismiss: (clientId: string) =>
      write(
        storage,
        refusedKey,
        refusedList().filter((e) => e.clientId !== clientId),
      ),
  };
}
export type MeasurementOutbox = ReturnType<typeof createMeasurementOutbox>;
