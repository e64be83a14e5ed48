import { useSyncExternalStore } from 'react';
import { measurementReceipt, registration } from '@thuis/domain';
import { createMeasurementOutbox, type MeasurementOutboxEntry } from '../beforeAfter/outbox';
import { api, isApiError } from '../../lib/api';
import { classifyFailure, createRegistrationStore, memoryStorage, syncOutbox, type KeyValueStorage, type OutboxEntry, type SendResult } from './store';

function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem('thuis.probe');
    return storage;
  } catch {
    return memoryStorage();
  }
}

const storage = typeof window === 'undefined' ? memoryStorage() : browserStorage();
export const registrationStore = createRegistrationStore(storage);
/** Before/after measurements made at the door wait in the same way, and go with the same sync. */
export const measurementOutbox = createMeasurementOutbox(storage);
const waiting = () => registrationStore.outbox().length + measurementOutbox.outbox().length;

export interface SyncState {
  /** Registrations waiting in the outbox. */
  pending: number;
  /** Before/after measurements waiting in the outbox. */
  measurements: number;
  syncing: boolean;
}

const counts = () => ({ pending: registrationStore.outbox().length, measurements: measurementOutbox.outbox().length });
let state: SyncState = { ...counts(), syncing: false };
const listeners = new Set<() => void>();
const setState = (next: Partial<SyncState>) => {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
};
/** Call after changing the outbox so the badge and the page show it. */
export const refreshSyncState = () => setState(counts());

let onSaved: (entry: OutboxEntry) => void = () => {};
let onRefused: (entry: OutboxEntry) => void = () => {};
let onMeasurementSettled: (entry: MeasurementOutboxEntry) => void = () => {};

async function send(entry: OutboxEntry): Promise<SendResult> {
  try {
    await api(`/api/projects/${encodeURIComponent(entry.projectId)}/registrations/${encodeURIComponent(entry.clientId)}`, {
      method: 'PUT',
      body: { formVersionId: entry.formVersionId, visitId: entry.visitId, content: entry.content },
      schema: registration,
    });
    return { kind: 'saved' };
  } catch (error) {
    if (isApiError(error) && classifyFailure(error.status) === 'refused') return { kind: 'refused', message: error.message, fields: error.fields };
    return { kind: 'offline' };
  }
}

async function sendMeasurement(entry: MeasurementOutboxEntry): Promise<SendResult> {
  try {
    await api(`/api/projects/${encodeURIComponent(entry.projectId)}/before-after/measurements`, {
      method: 'POST',
      body: entry.input,
      schema: measurementReceipt,
    });
    return { kind: 'saved' };
  } catch (error) {
    if (isApiError(error) && classifyFailure(error.status) === 'refused') return { kind: 'refused', message: error.message, fields: error.fields };
    return { kind: 'offline' };
  }
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Sends what waits in the outbox. A call while a sync runs does not start a second one at the same
 * time (nothing is sent twice at once); it makes the running sync go round once more.
 */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running.then(() => (again ? syncNow() : undefined));
  }
  again = false;
  if (waiting() === 0) {
    refreshSyncState();
    return Promise.resolve();
  }
  setState({ syncing: true });
  running = (async () => {
    try {
      const before = registrationStore.outbox();
      const report = await syncOutbox(registrationStore, send);
      for (const e of before) {
        if (report.saved.includes(e.clientId)) onSaved(e);
        if (report.refused.includes(e.clientId)) onRefused(e);
      }
      // Without a connection for registrations, measurements would not get through either.
      if (report.waiting.length === 0) {
        const measurements = measurementOutbox.outbox();
        const measured = await syncOutbox(measurementOutbox, sendMeasurement);
        for (const e of measurements) if (!measured.waiting.includes(e.clientId)) onMeasurementSettled(e);
      }
    } finally {
      running = null;
      setState({ syncing: false, ...counts() });
    }
  })();
  return running;
}

let started = false;
/** Retries when the connection returns and every 30 seconds. */
export function startRegistrationSync(
  hooks: {
    onSaved?: (entry: OutboxEntry) => void;
    onRefused?: (entry: OutboxEntry) => void;
    /** A measurement reached the server or was refused. */
    onMeasurementSettled?: (entry: MeasurementOutboxEntry) => void;
  } = {},
) {
  if (hooks.onSaved) onSaved = hooks.onSaved;
  if (hooks.onRefused) onRefused = hooks.onRefused;
  if (hooks.onMeasurementSettled) onMeasurementSettled = hooks.onMeasurementSettled;
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void syncNow());
  // Another tab changed the outbox.
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key.startsWith('thuis.registration.') || e.key.startsWith('thuis.measurement.')) refreshSyncState();
  });
  window.setInterval(() => void syncNow(), 30_000);
  void syncNow();
}

export function useSyncState(): SyncState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
