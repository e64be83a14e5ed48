import { openTextCategories, type Coding, type OpenTextCategory } from '@thuis/domain';

/**
 * Pure helpers of the work session (phase 3, step 2): the statements of a category one at a time,
 * which of them are still uncoded, and toggling a theme on a statement's coding.
 * A statement is one open text of one registration: registrationId + category.
 */

export interface Statement {
  registrationId: string;
  category: OpenTextCategory;
  text: string;
}

export type CodingLike = Pick<Coding, 'registrationId' | 'category' | 'themeIds' | 'unique'>;
/** A coding to save (PUT /codings). */
export type CodingToSave = Omit<CodingLike, 'themeIds'> & { themeIds: string[] };

/** The key of a statement in maps and lists. */
export function statementKey(s: { registrationId: string; category: string }): string {
  return `${s.category}:${s.registrationId}`;
}

export function isCategory(value: unknown): value is OpenTextCategory {
  return typeof value === 'string' && (openTextCategories as readonly string[]).includes(value);
}

/** The statements of one category in the overview's order. */
export function statementsOf(
  openTexts: Record<OpenTextCategory, readonly { registrationId: string; text: string }[]>,
  category: OpenTextCategory,
): Statement[] {
  return (openTexts[category] ?? []).map((t) => ({ registrationId: t.registrationId, category, text: t.text }));
}

export function codingMap(codings: readonly CodingLike[]): Map<string, CodingLike> {
  return new Map(codings.map((c) => [statementKey(c), c]));
}

/** A statement counts as coded once it has a theme or is marked a unique story. */
export function isCoded(coding: CodingLike | undefined): boolean {
  return !!coding && (coding.themeIds.length > 0 || coding.unique);
}

export interface SessionPosition {
  /** The statement on screen, or null when the category has none (left) to show. */
  current: Statement | null;
  /** 1-based place of the current statement among all statements of the category. */
  position: number;
  total: number;
  uncoded: number;
  /** The statements to step to, skipping coded ones when only uncoded are shown. */
  previous: Statement | null;
  next: Statement | null;
}

/**
 * Where the session is in a category. With `onlyUncoded` the coded statements are skipped, but the
 * one on screen stays until the team moves on (coding it must not make it jump away).
 */
export function sessionPosition(
  statements: readonly Statement[],
  codings: ReadonlyMap<string, CodingLike>,
  options: { currentId: string | null; onlyUncoded: boolean },
): SessionPosition {
  const total = statements.length;
  const uncoded = statements.filter((s) => !isCoded(codings.get(statementKey(s)))).length;
  const shown = (s: Statement) => !options.onlyUncoded || s.registrationId === options.currentId || !isCoded(codings.get(statementKey(s)));
  let index = options.currentId === null ? -1 : statements.findIndex((s) => s.registrationId === options.currentId);
  if (index < 0) index = statements.findIndex(shown);
  if (index < 0) return { current: null, position: 0, total, uncoded, previous: null, next: null };
  const current = statements[index]!;
  const visible = (s: Statement) => s.registrationId === current.registrationId || !options.onlyUncoded || !isCoded(codings.get(statementKey(s)));
  let previous: Statement | null = null;
  for (let i = index - 1; i >= 0; i--)
    if (visible(statements[i]!)) {
      previous = statements[i]!;
      break;
    }
  let next: Statement | null = null;
  for (let i = index + 1; i < statements.length; i++)
    if (visible(statements[i]!)) {
      next = statements[i]!;
      break;
    }
  return { current, position: index + 1, total, uncoded, previous, next };
}

/** The coding after switching one theme on or off (themes kept in the order they were added). */
export function toggleTheme(coding: CodingLike | undefined, statement: Pick<Statement, 'registrationId' | 'category'>, themeId: string): CodingToSave {
  const themeIds = coding?.themeIds ?? [];
  return {
    registrationId: statement.registrationId,
    category: statement.category,
    themeIds: themeIds.includes(themeId) ? themeIds.filter((id) => id !== themeId) : [...themeIds, themeId],
    unique: coding?.unique ?? false,
  };
}

export function toggleUnique(coding: CodingLike | undefined, statement: Pick<Statement, 'registrationId' | 'category'>): CodingToSave {
  return {
    registrationId: statement.registrationId,
    category: statement.category,
    themeIds: [...(coding?.themeIds ?? [])],
    unique: !(coding?.unique ?? false),
  };
}

/** The list of codings with one replaced (or added): what the server keeps after PUT /codings. */
export function withCoding<C extends CodingLike>(codings: readonly C[], coding: C): C[] {
  const key = statementKey(coding);
  const at = codings.findIndex((c) => statementKey(c) === key);
  if (at < 0) return [...codings, coding];
  return codings.map((c, i) => (i === at ? coding : c));
}

/** Per theme: how many of its statements the team marked as a unique story. */
export function uniqueStories(codings: readonly CodingLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of codings) if (c.unique) for (const id of c.themeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** The statements coded with a theme, in category order, each with its unique-story mark. */
export function statementsOfTheme(
  themeId: string,
  codings: readonly CodingLike[],
  openTexts: Record<OpenTextCategory, readonly { registrationId: string; text: string }[]>,
): (Statement & { unique: boolean })[] {
  const coded = new Map(codings.filter((c) => c.themeIds.includes(themeId)).map((c) => [statementKey(c), c]));
  const found: (Statement & { unique: boolean })[] = [];
  for (const category of openTextCategories)
    for (const s of statementsOf(openTexts, category)) {
      const c = coded.get(statementKey(s));
      if (c) found.push({ ...s, unique: c.unique });
    }
  return found;
}

/** Whether a key press should step through the statements: an arrow key, not while typing or choosing. */
export function arrowStep(
  event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean },
  targetTag: string | undefined,
  editable = false,
): -1 | 1 | 0 {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || editable) return 0;
  if (targetTag && ['INPUT', 'TEXTAREA', 'SELECT'].includes(targetTag.toUpperCase())) return 0;
  return event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
}
