import type { RegistrationContent } from '@thuis/domain';

/**
 * The registrations this device holds: drafts (one per visit, saved while typing) and the outbox
 * (finished registrations waiting to reach the server). Kept in local storage so they survive
 * closing the tab or losing the connection; everything here works over a small storage interface
 * so it can be tested without a browser.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface FieldMessage {
  path: string;
  message: string;
}

export interface RegistrationDraft {
  /** Made once per draft; the server stores a registration once per client id. */
  clientId: string;
  projectId: string;
  visitId: string;
  formVersionId: string;
  content: RegistrationContent;
  /** ISO time of the last local save. */
  savedAt: string;
  /** What the server refused the last time this was sent, shown at the fields. */
  serverProblem?: { message: string; fields: FieldMessage[] } | undefined;
}

export interface OutboxEntry {
  clientId: string;
  projectId: string;
  visitId: string;
  formVersionId: string;
  content: RegistrationContent;
  queuedAt: string;
}

const draftPrefix = 'thuis.registration.draft.';
const outboxKey = 'thuis.registration.outbox';

export function emptyContent(): RegistrationContent {
  return { answers: {}, cards: [], openText: {}, talents: '', talentsContactConsent: false, summary: '' };
}

function read<T>(storage: KeyValueStorage, key: string): T | null {
  try {
    const text = storage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

export function createRegistrationStore(storage: KeyValueStorage, now: () => Date = () => new Date()) {
  const outbox = (): OutboxEntry[] => read<OutboxEntry[]>(storage, outboxKey) ?? [];
  const writeOutbox = (entries: OutboxEntry[]) => {
    if (entries.length) storage.setItem(outboxKey, JSON.stringify(entries));
    else storage.removeItem(outboxKey);
  };
  const draft = (visitId: string) => read<RegistrationDraft>(storage, draftPrefix + visitId);
  const saveDraft = (next: Omit<RegistrationDraft, 'savedAt'>): RegistrationDraft => {
    const saved = { ...next, savedAt: now().toISOString() };
    storage.setItem(draftPrefix + next.visitId, JSON.stringify(saved));
    return saved;
  };
  const removeDraft = (visitId: string) => storage.removeItem(draftPrefix + visitId);

  return {
    draft,
    saveDraft,
    removeDraft,
    outbox,
    /** The queued registration of a visit, if there is one. */
    queuedFor: (visitId: string) => outbox().find((e) => e.visitId === visitId) ?? null,
    /** Moves a finished draft to the outbox; queuing the same client id twice keeps one entry. */
    queue: (entry: Omit<OutboxEntry, 'queuedAt'>): OutboxEntry => {
      const queued = { ...entry, queuedAt: now().toISOString() };
      writeOutbox([...outbox().filter((e) => e.clientId !== entry.clientId), queued]);
      removeDraft(entry.visitId);
      return queued;
    },
    /** The server has it: forget it here. */
    delivered: (clientId: string) => {
      const entry = outbox().find((e) => e.clientId === clientId);
      writeOutbox(outbox().filter((e) => e.clientId !== clientId));
      if (entry && draft(entry.visitId)?.clientId === clientId) removeDraft(entry.visitId);
    },
    /** The server refused it: back to a draft (same client id) with the messages at the fields. */
    refused: (clientId: string, problem: { message: string; fields: FieldMessage[] }) => {
      const entry = outbox().find((e) => e.clientId === clientId);
      if (!entry) return;
      writeOutbox(outbox().filter((e) => e.clientId !== clientId));
      saveDraft({
        clientId,
        projectId: entry.projectId,
        visitId: entry.visitId,
        formVersionId: entry.formVersionId,
        content: entry.content,
        serverProblem: problem,
      });
    },
  };
}
export type RegistrationStore = ReturnType<typeof createRegistrationStore>;

/** How one attempt to send went. */
export type SendResult = { kind: 'saved' } | { kind: 'offline' } | { kind: 'refused'; message: string; fields: FieldMessage[] };

export interface SyncReport {
  saved: string[];
  refused: string[];
  waiting: string[];
}

/**
 * Sends every queued registration once, one after the other. Saved ones leave the outbox, refused
 * ones go back to their draft, the rest wait for the next try. Sending twice is harmless (the
 * server keys on the client id), so an answer lost on the way only costs a retry.
 */
export async function syncOutbox<E extends { clientId: string }>(
  store: { outbox(): E[]; delivered(clientId: string): void; refused(clientId: string, problem: { message: string; fields: FieldMessage[] }): void },
  send: (entry: E) => Promise<SendResult>,
): Promise<SyncReport> {
  const report: SyncReport = { saved: [], refused: [], waiting: [] };
  for (const entry of store.outbox()) {
    let result: SendResult;
    try {
      result = await send(entry);
    } catch {
      result = { kind: 'offline' };
    }
    if (result.kind === 'saved') {
      store.delivered(entry.clientId);
      report.saved.push(entry.clientId);
    } else if (result.kind === 'refused') {
      store.refused(entry.clientId, { message: result.message, fields: result.fields });
      report.refused.push(entry.clientId);
    } else {
      report.waiting.push(entry.clientId);
      // Without a connection the next ones will not get through either.
      break;
    }
  }
  for (const e of store.outbox())
    if (!report.waiting.includes(e.clientId) && !report.saved.includes(e.clientId) && !report.refused.includes(e.clientId)) report.waiting.push(e.clientId);
  return report;
}

/** Whether a failed call is worth retrying later (no connection, server trouble, session ended) or is a refusal. */
export function classifyFailure(status: number): 'retry' | 'refused' {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500 ? 'retry' : 'refused';
}

/** Keeps answers to questions the form (still) has: a draft may be from an older form version. */
export function keepKnownAnswers(content: RegistrationContent, questionKeys: readonly string[], cardKeys: readonly string[]): RegistrationContent {
  const keys = new Set(questionKeys);
  const cards = new Set(cardKeys);
  return {
    ...content,
    answers: Object.fromEntries(Object.entries(content.answers).filter(([k]) => keys.has(k))),
    cards: content.cards.filter((c) => cards.has(c)),
  };
}

export function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
