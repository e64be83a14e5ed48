import { builtInSurvey, issueKey, type SurveyDefinition, type SurveyTemplate } from '@thuis/domain';
import type { z } from 'zod';
import { emptyQuestion, fromDraft, newUid, type DraftQuestion } from '../formEditor/draft';
import type { KeyValueStorage } from '../interimEvaluations/draft';

type Text = { nl: string; en: string };

/** A survey being edited: the next version of one of the project's surveys. */
export interface SurveyDraft {
  template: SurveyTemplate;
  /** The version it was started from; null when started from the built-in template or empty. */
  baseVersion: number | null;
  title: Text;
  intro: Text;
  questions: DraftQuestion[];
}

export type SurveyStart = 'current' | 'template' | 'empty';

export function toSurveyDraft(template: SurveyTemplate, definition: SurveyDefinition, baseVersion: number | null): SurveyDraft {
  return {
    template,
    baseVersion,
    title: { nl: definition.title.nl, en: definition.title.en ?? '' },
    intro: { nl: definition.intro?.nl ?? '', en: definition.intro?.en ?? '' },
    questions: definition.questions.map((q) => ({ ...q, uid: newUid() })),
  };
}

/** A new start: the built-in Wijkwaardenkaart or KTO, or a title and one empty question. */
export function startSurveyDraft(template: SurveyTemplate, start: Exclude<SurveyStart, 'current'>): SurveyDraft {
  if (start === 'template') return toSurveyDraft(template, builtInSurvey[template](), null);
  return { template, baseVersion: null, title: { nl: '', en: '' }, intro: { nl: '', en: '' }, questions: [emptyQuestion()] };
}

/** The definition to save: the form editor's question rules, and no intro when it is empty. */
export function fromSurveyDraft(draft: SurveyDraft): SurveyDefinition {
  const questions = fromDraft({ questions: draft.questions, cards: [] }).questions;
  const hasIntro = draft.intro.nl.trim() !== '' || draft.intro.en.trim() !== '';
  return { title: draft.title, ...(hasIntro ? { intro: draft.intro } : {}), questions };
}

type T = (key: string, params?: Record<string, unknown>) => string;

/**
 * The shared schema's issues as messages: by field path for the fields (`questions.0.key`), and as
 * lines for the summary that name the question and the field ("Vraag 2, Sleutel: …").
 */
export function surveyIssueMessages(issues: readonly z.core.$ZodIssue[], t: T) {
  const fields = new Map<string, string>();
  const lines: { path: string; message: string }[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).filter((p, i) => !(i === 0 && p === 'definition'));
    const key = path.join('.');
    if (fields.has(key)) continue;
    const { key: messageKey, params } = issueKey(issue);
    const message = t(messageKey, params);
    fields.set(key, message);
    lines.push({ path: key, message: `${placeOf(path, t)}: ${message}` });
  }
  return { fields, lines };
}

/** "Vraag 2, antwoord 1, Sleutel" for questions.1.options.0.key; "Titel (Nederlands)" for title.nl. */
export function placeOf(path: readonly string[], t: T): string {
  const parts: string[] = [];
  if (path[0] === 'questions' && path[1] !== undefined) {
    parts.push(t('surveyEditor.questionN', { n: Number(path[1]) + 1 }));
    if (path[2] === 'options' && path[3] !== undefined) {
      parts.push(t('surveyEditor.optionN', { n: Number(path[3]) + 1 }));
      parts.push(t(`surveyEditor.fields.option.${path.slice(4).join('.')}`));
    } else if (path.length > 2) parts.push(t(`surveyEditor.fields.question.${path.slice(2).join('.')}`));
  } else parts.push(t(`surveyEditor.fields.${path.join('.') || 'questions'}`));
  return parts.join(', ');
}

/**
 * The survey being edited on this device, kept while typing so nothing typed is lost (like the
 * interim evaluations' drafts): one per project and survey, removed once the version is saved.
 */
export interface StoredSurveyDraft {
  draft: SurveyDraft;
  savedAt: string;
}
const keyOf = (projectId: string, template: SurveyTemplate) => `thuis.surveyEditor.draft.${projectId}.${template}`;

export function createSurveyDraftStore(storage: KeyValueStorage, now: () => Date = () => new Date()) {
  return {
    load(projectId: string, template: SurveyTemplate): StoredSurveyDraft | null {
      try {
        const text = storage.getItem(keyOf(projectId, template));
        const stored = text ? (JSON.parse(text) as StoredSurveyDraft) : null;
        if (!stored || typeof stored.savedAt !== 'string' || !Array.isArray(stored.draft?.questions) || stored.draft.template !== template) return null;
        // Fresh local ids: the counter started again with the page.
        return { ...stored, draft: { ...stored.draft, questions: stored.draft.questions.map((q) => ({ ...q, uid: newUid() })) } };
      } catch {
        return null;
      }
    },
    save(projectId: string, draft: SurveyDraft): StoredSurveyDraft {
      const stored = { draft, savedAt: now().toISOString() };
      try {
        storage.setItem(keyOf(projectId, draft.template), JSON.stringify(stored));
      } catch {
        // A full or blocked storage only loses the draft, never the editor.
      }
      return stored;
    },
    remove(projectId: string, template: SurveyTemplate) {
      storage.removeItem(keyOf(projectId, template));
    },
  };
}
