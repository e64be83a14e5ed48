import { formatDateTime, formatShortDate } from '../../lib/dates';
import type { AuditEntry } from './api';

/** The translation functions the texts of the audit log need (from `useTranslation`, or a stub in tests). */
export interface AuditText {
  t: (key: string, options?: Record<string, unknown>) => string;
  /** Whether the catalogue has this key. */
  exists: (key: string) => boolean;
  locale: string;
}

/** At most this many details per line, and this many characters per value: the log stays scannable. */
const maxParts = 5;
const maxText = 60;
const maxListItems = 5;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const code = /^[a-z][a-z0-9_]*$/;
/** A key as the server writes it (camelCase or snake_case); anything else is never looked up. */
const keyLike = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** Codes in the details whose translation depends on what the line is about (resourceType.key → catalogue section). */
const valueSections: Record<string, string> = {
  'referral.share': 'referralShareItems',
  'referral.outcome': 'referralOutcomes',
  'visit.kind': 'visitKinds',
  'visit_outcome.outcome': 'visitOutcomes',
  'action.status': 'actionStatuses',
  'project_phase.status': 'phaseStatuses',
  'project.worksKinds': 'worksKinds',
  'signal.category': 'signalCategories',
  'signal.subject': 'signalSubjects',
  'account.delivery': 'auditPage.deliveries',
  'account.via': 'auditPage.passwordVia',
};

function lookup(text: AuditText, keys: readonly string[]): string | undefined {
  const key = keys.find((k) => text.exists(k));
  return key === undefined ? undefined : text.t(key);
}

/** A code translated from the first of `sections` that knows it, or the code itself when none does. */
export function translatedCode(text: AuditText, section: string | readonly string[], value: string): string {
  const sections = typeof section === 'string' ? [section] : section;
  return (
    (code.test(value) &&
      lookup(
        text,
        sections.map((s) => `${s}.${value}`),
      )) ||
    value
  );
}

export function auditActionLabel(text: AuditText, action: string): string {
  return translatedCode(text, ['auditPage.actions', 'auditLabels.actions'], action);
}

export function auditResourceTypeLabel(text: AuditText, resourceType: string): string {
  return translatedCode(text, ['auditPage.resourceTypes', 'auditLabels.resourceTypes'], resourceType);
}

/** The kind of item, and for an account event whose account it is ("Account: Anna de Vries"). */
export function auditSubjectLabel(text: AuditText, entry: Pick<AuditEntry, 'resourceType' | 'subjectName'>): string {
  const type = auditResourceTypeLabel(text, entry.resourceType);
  return entry.subjectName ? text.t('auditPage.aboutAccount', { type, name: entry.subjectName }) : type;
}

/**
 * "Name (Organisation)", just the name, or "System" for what no person did; a failed log-in was
 * done by someone unknown.
 */
export function auditActor(text: AuditText, entry: Pick<AuditEntry, 'actorName' | 'actorOrganisation'> & { resourceType?: string }): string {
  if (!entry.actorName) return text.t(entry.resourceType === 'account' ? 'auditPage.unknownActor' : 'auditPage.system');
  return entry.actorOrganisation
    ? text.t('auditPage.actorWithOrganisation', { name: entry.actorName, organisation: entry.actorOrganisation })
    : entry.actorName;
}

/** Lower-case first letter for use inside a sentence, unless the word is an abbreviation ("VHE"). */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

function shorten(value: string): string {
  return value.length > maxText ? `${value.slice(0, maxText - 1).trimEnd()}…` : value;
}

/** The name of a detail's key: the log's own names first, then the shared field names, else the key itself. */
function keyName(text: AuditText, key: string): string {
  return (keyLike.test(key) ? lookup(text, [`auditPage.detailKeys.${key}`, `fields.${key}`]) : undefined) ?? key;
}

/** The name of a piece of personal data that was read (an item of a referral, or a field). */
function readFieldName(text: AuditText, field: string): string {
  const name = keyLike.test(field) ? lookup(text, [`referralShareItems.${field}`, `fields.${field}`, `auditPage.detailKeys.${field}`]) : undefined;
  return name ? inSentence(name) : field;
}

function formatValue(text: AuditText, value: unknown, section: string | undefined, depth: number): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? text.t('common.yes') : text.t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (section && code.test(value)) return translatedCode(text, section, value);
    if (isoDate.test(value)) return formatShortDate(value, text.locale);
    if (isoDateTime.test(value)) return formatDateTime(value, text.locale);
    // Ids mean little to a reader; the start is enough to tell two apart.
    if (uuid.test(value)) return `${value.slice(0, 8)}…`;
    return shorten(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return text.t('common.none');
    const simple = value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
    if (!simple || value.length > maxListItems) return text.t('auditPage.detailTexts.items', { count: value.length });
    return value.map((v) => formatValue(text, v, section, depth)).join(', ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '–';
    if (depth > 0 || entries.length > maxListItems) return text.t('auditPage.detailTexts.items', { count: entries.length });
    return `(${entries.map(([k, v]) => `${keyName(text, k)}: ${formatValue(text, v, undefined, depth + 1)}`).join(', ')})`;
  }
  return shorten(String(value));
}

/**
 * The details of a log line in a few words: which personal data was read ("Gelezen: vraag, naam"),
 * else "Field: value" pairs with translated names and codes, shortened ids and texts.
 */
export function formatAuditDetails(text: AuditText, entry: Pick<AuditEntry, 'resourceType' | 'details'>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(entry.details)) {
    if (key === 'fields' && Array.isArray(value) && value.every((f) => typeof f === 'string')) {
      const fields = [...new Set(value as string[])];
      if (fields.length > 0) parts.push(text.t('auditPage.detailTexts.read', { fields: fields.map((f) => readFieldName(text, f)).join(', ') }));
      continue;
    }
    parts.push(`${keyName(text, key)}: ${formatValue(text, value, valueSections[`${entry.resourceType}.${key}`], 0)}`);
  }
  if (parts.length === 0) return '–';
  const shown = parts.slice(0, maxParts);
  if (parts.length > maxParts) shown.push(text.t('auditPage.detailTexts.more', { count: parts.length - maxParts }));
  return shown.join('; ');
}
