import { issueKey, type Card, type FormDefinition, type Question } from '@thuis/domain';
import type { z } from 'zod';

/** A question or card being edited, with a local id so list items keep their identity when moved. */
export type DraftQuestion = Question & { uid: string };
export type DraftCard = Card & { uid: string };
export interface Draft {
  questions: DraftQuestion[];
  cards: DraftCard[];
}

let counter = 0;
export const newUid = () => `item-${++counter}`;

export function toDraft(definition: FormDefinition): Draft {
  return {
    questions: definition.questions.map((q) => ({ ...q, uid: newUid() })),
    cards: definition.cards.map((c) => ({ ...c, uid: newUid() })),
  };
}

type Text = { nl: string; en: string };
const filled = (text: Text | undefined): text is Text => !!text && (text.nl.trim() !== '' || text.en.trim() !== '');

/** The definition to save: without local ids, and without an empty card description or scale end label. */
export function fromDraft(draft: Draft): FormDefinition {
  return {
    questions: draft.questions.map(({ uid: _uid, ...q }) => {
      if (q.kind !== 'scale') return q;
      const { minLabel, maxLabel, ...scale } = q;
      return { ...scale, ...(filled(minLabel) ? { minLabel } : {}), ...(filled(maxLabel) ? { maxLabel } : {}) };
    }),
    cards: draft.cards.map(({ uid: _uid, description, ...c }) => (filled(description) ? { ...c, description } : c)),
  };
}

export function emptyQuestion(): DraftQuestion {
  return { uid: newUid(), kind: 'scale', key: '', label: { nl: '', en: '' }, min: 1, max: 10, required: false };
}

export function emptyCard(): DraftCard {
  return { uid: newUid(), key: '', label: { nl: '', en: '' } };
}

/** Changes the kind of a question and keeps its key, label and options where they fit. */
export function withKind(q: DraftQuestion, kind: Question['kind']): DraftQuestion {
  const common = { uid: q.uid, key: q.key, label: q.label, required: q.required };
  if (kind === 'scale') return q.kind === 'scale' ? { ...q, kind } : { ...common, kind, min: 1, max: 10 };
  const options =
    'options' in q
      ? q.options
      : [
          { key: '', label: { nl: '', en: '' } },
          { key: '', label: { nl: '', en: '' } },
        ];
  return { ...common, kind, options };
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Messages by path (`questions.0.key`) for the fields of the editor, from zod issues. */
export function issueMessages(issues: readonly z.core.$ZodIssue[], t: (key: string, params?: Record<string, unknown>) => string): Map<string, string> {
  const messages = new Map<string, string>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const { key, params } = issueKey(issue);
    if (!messages.has(path)) messages.set(path, t(key, params));
  }
  return messages;
}
