/**
 * The interim evaluation being written on this device, saved while typing (like the registration
 * form's drafts), so closing the tab or a lost connection does not lose a meeting's notes. One draft
 * per project and evaluation ("new" for one not yet stored); removed once the server has it.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface InterimDraft<V> {
  values: V;
  /** ISO time of the last local save. */
  savedAt: string;
}

const prefix = 'thuis.interimEvaluation.draft.';
const keyOf = (projectId: string, evaluationId: string | null) => `${prefix}${projectId}.${evaluationId ?? 'new'}`;

export function createInterimDraftStore<V>(storage: KeyValueStorage, now: () => Date = () => new Date()) {
  return {
    load(projectId: string, evaluationId: string | null): InterimDraft<V> | null {
      try {
        const text = storage.getItem(keyOf(projectId, evaluationId));
        const draft = text ? (JSON.parse(text) as InterimDraft<V>) : null;
        return draft && typeof draft === 'object' && 'values' in draft && typeof draft.savedAt === 'string' ? draft : null;
      } catch {
        return null;
      }
    },
    save(projectId: string, evaluationId: string | null, values: V): InterimDraft<V> {
      const draft = { values, savedAt: now().toISOString() };
      try {
        storage.setItem(keyOf(projectId, evaluationId), JSON.stringify(draft));
      } catch {
        // A full or blocked storage only loses the draft, never the form.
      }
      return draft;
    },
    remove(projectId: string, evaluationId: string | null) {
      storage.removeItem(keyOf(projectId, evaluationId));
    },
  };
}

/** The browser's local storage, or a memory stand-in where it is not available. */
export function browserStorage(): KeyValueStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  } catch {
    // fall through
  }
  const memory = new Map<string, string>();
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}
