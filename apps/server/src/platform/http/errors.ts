import { findIdentifyingDetails, type IdentifyingChecker, type IdentifyingContext } from '@thuis/domain';

/** Errors a use case may throw; the HTTP layer turns them into translated answers. */
export class NotFoundError extends Error {
  constructor() {
    super('not_found');
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super('unauthenticated');
  }
}

/** The session's user must replace a password an administrator chose before doing anything else. */
export class PasswordChangeRequiredError extends Error {
  constructor() {
    super('password_change_required');
  }
}

export interface FieldProblem {
  path: (string | number)[];
  key: string;
  params?: Record<string, unknown>;
  /** The field's own label where the catalogue has none (a question of a project's form). */
  label?: { nl: string; en: string };
}

/**
 * The problem of a free text at `path` that could identify someone, naming what was found so the
 * writer can put it differently; none when the text is clean.
 */
export function identifyingProblems(path: FieldProblem['path'], text: string, known: IdentifyingChecker | IdentifyingContext): FieldProblem[] {
  const found = 'find' in known ? known.find(text) : findIdentifyingDetails(text, known);
  return found.length ? [{ path, key: 'errors.identifying', params: { found: found.map((f) => `"${f.match}"`).join(', ') } }] : [];
}

/** A rule of the domain broken by otherwise well-formed input; names the field like schema errors do. */
export class ValidationError extends Error {
  constructor(
    readonly problems: FieldProblem[],
    /** The message above the form; by default "not everything is filled in correctly". */
    readonly summaryKey = 'errors.validation',
  ) {
    super('validation');
  }
}

/** An uploaded file over the route's limit: answered 413, saying the limit, at the file field. */
export class FileTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super('file_too_large');
  }
}

export class ConflictError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super('conflict');
  }
}

export class ThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('throttled');
  }
}
