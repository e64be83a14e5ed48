import { describe, expect, it } from 'vitest';
import { ktoDefinition, surveyVersionInput } from '@thuis/domain';
import type { KeyValueStorage } from '../interimEvaluations/draft';
import { move } from '../formEditor/draft';
import { createSurveyDraftStore, fromSurveyDraft, startSurveyDraft, surveyIssueMessages, toSurveyDraft } from './editorDraft';

function memory(): KeyValueStorage & { keys: () => string[] } {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k), keys: () => [...map.keys()] };
}
// The catalogue key (with the place's number), so the test sees what would be translated.
const t = (key: string, params?: Record<string, unknown>) => (params?.n !== undefined ? `${key}(${JSON.stringify(params)})` : key);

describe('the survey editor draft', () => {
  it('gives back the definition it was made from, and leaves an empty intro out', () => {
    const kto = ktoDefinition();
    expect(fromSurveyDraft(toSurveyDraft('kto', kto, 1))).toEqual(kto);
    const empty = startSurveyDraft('wijkwaarden', 'empty');
    expect(empty).toMatchObject({ template: 'wijkwaarden', baseVersion: null, title: { nl: '', en: '' } });
    expect(empty.questions).toHaveLength(1);
    expect(fromSurveyDraft(empty)).not.toHaveProperty('intro');
    expect(fromSurveyDraft(startSurveyDraft('kto', 'template'))).toEqual(kto);
  });

  it('moves a question up and down and keeps the others in order, and stays put at the ends', () => {
    const questions = toSurveyDraft('kto', ktoDefinition(), 1).questions;
    const keys = (list: typeof questions) => list.map((q) => q.key);
    const up = move(questions, 2, 1);
    expect(keys(up).slice(0, 4)).toEqual(['works_satisfaction', 'neighbourhood_satisfaction', 'home_satisfaction', 'contractor_conduct']);
    expect(up[1]!.uid).toBe(questions[2]!.uid);
    expect(keys(move(up, 1, 2))).toEqual(keys(questions));
    expect(keys(move(questions, 0, -1))).toEqual(keys(questions));
    expect(keys(move(questions, questions.length - 1, questions.length))).toEqual(keys(questions));
  });

  it('names the question and the field of every problem the shared schema finds', () => {
    const draft = startSurveyDraft('kto', 'template');
    draft.title.nl = '';
    draft.questions[1] = { ...draft.questions[1]!, key: 'Fout!' };
    draft.questions[4] = { ...draft.questions[4]!, key: draft.questions[0]!.key };
    const parsed = surveyVersionInput.safeParse({ template: 'kto', definition: fromSurveyDraft(draft) });
    expect(parsed.success).toBe(false);
    const { fields, lines } = surveyIssueMessages(parsed.error!.issues, t);
    expect([...fields.keys()].sort()).toEqual(['questions.1.key', 'questions.4.key', 'title.nl']);
    expect(lines).toContainEqual({ path: 'questions.1.key', message: 'surveyEditor.questionN({"n":2}), surveyEditor.fields.question.key: errors.questionKey' });
    expect(lines).toContainEqual({ path: 'questions.4.key', message: 'surveyEditor.questionN({"n":5}), surveyEditor.fields.question.key: errors.duplicate' });
    expect(lines).toContainEqual({ path: 'title.nl', message: 'surveyEditor.fields.title.nl: errors.required' });
  });

  it('names an answer option and a question without options', () => {
    const draft = startSurveyDraft('kto', 'template');
    const choice = draft.questions[4]!;
    if (choice.kind !== 'choice') throw new Error('the KTO template changed');
    draft.questions[4] = { ...choice, options: [{ key: 'ja', label: { nl: '', en: '' } }] };
    const parsed = surveyVersionInput.safeParse({ template: 'kto', definition: fromSurveyDraft(draft) });
    const { lines } = surveyIssueMessages(parsed.error!.issues, t);
    expect(lines.map((l) => l.message).sort()).toEqual([
      'surveyEditor.questionN({"n":5}), surveyEditor.fields.question.options: errors.twoOptions',
      'surveyEditor.questionN({"n":5}), surveyEditor.optionN({"n":1}), surveyEditor.fields.option.label.nl: errors.required',
    ]);
  });

  it('keeps one draft per project and survey on this device, with fresh local ids, until removed', () => {
    const storage = memory();
    const store = createSurveyDraftStore(storage, () => new Date('2026-03-01T09:30:00Z'));
    const draft = toSurveyDraft('kto', ktoDefinition(), 2);
    store.save('p1', draft);
    store.save('p1', startSurveyDraft('wijkwaarden', 'empty'));
    const loaded = store.load('p1', 'kto')!;
    expect(loaded.savedAt).toBe('2026-03-01T09:30:00.000Z');
    expect(fromSurveyDraft(loaded.draft)).toEqual(ktoDefinition());
    expect(loaded.draft.baseVersion).toBe(2);
    expect(new Set([...draft.questions, ...loaded.draft.questions].map((q) => q.uid)).size).toBe(draft.questions.length * 2);
    expect(store.load('p2', 'kto')).toBeNull();
    store.remove('p1', 'kto');
    expect(store.load('p1', 'kto')).toBeNull();
    expect(storage.keys()).toEqual(['thuis.surveyEditor.draft.p1.wijkwaarden']);
  });

  it('ignores a damaged draft and survives a full storage', () => {
    const storage = memory();
    storage.setItem('thuis.surveyEditor.draft.p1.kto', '{not json');
    storage.setItem('thuis.surveyEditor.draft.p1.wijkwaarden', JSON.stringify({ savedAt: 'x', draft: { template: 'wijkwaarden' } }));
    const store = createSurveyDraftStore(storage);
    expect(store.load('p1', 'kto')).toBeNull();
    expect(store.load('p1', 'wijkwaarden')).toBeNull();
    const full = createSurveyDraftStore({
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(full.save('p1', startSurveyDraft('kto', 'empty')).draft.template).toBe('kto');
  });
});
