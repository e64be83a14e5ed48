/**
 * Finds details in free text that could identify a person: e-mail addresses, phone numbers,
 * postcodes, a street with a house number, and names (after a form of address, or names the
 * project knows: residents, streets). Registrations, quotes and reports must pass this check; the
 * writer is asked to rephrase. Errs on the side of asking.
 */
export type IdentifyingKind = 'email' | 'phone' | 'postcode' | 'streetAndNumber' | 'name';

export interface IdentifyingDetail {
  kind: IdentifyingKind;
  /** The text found, as written. */
  match: string;
  index: number;
}

export interface IdentifyingContext {
  /** Names of people known to the project (residents' contact names, team members). */
  knownNames?: readonly string[];
  /** Street names of the project's addresses. */
  knownStreets?: readonly string[];
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// Dutch numbers: 06-12345678, 024 345 67 89, +31 6 1234 5678, 0031 24 ...; ten digits after the 0.
const PHONE = /(?<![\d+])(?:\+31|0031|0)[\s-]?(?:\(0\))?[\s-]?[1-9](?:[\s.-]?\d){8}(?!\d)/g;
const POSTCODE = /\b[1-9]\d{3}(?:[A-Za-z]{2}|\s[A-Z]{2})\b/g;
const STREET_SUFFIX = '(?:straat|laan|weg|plein|hof|kade|gracht|singel|dreef|pad|steeg|dijk|markt|park|erf|hoeve|horst|veld|akker|baan|lei|berg|burg|oord|wal)';
const STREET_AND_NUMBER = new RegExp(`\\b[\\p{Lu}][\\p{L}'-]*${STREET_SUFFIX}\\s+\\d{1,5}(?:\\s?[a-zA-Z]\\b|-\\d+)?`, 'gu');
const HOUSE_NUMBER = /\b(?:huisnummer|nummer|nr\.?|no\.?)\s*\d{1,5}[a-zA-Z]?\b/giu;
const formsOfAddress = ['meneer', 'mevrouw', 'mevr.', 'mw.', 'dhr.', 'de heer', 'familie', 'fam.', 'buurman', 'buurvrouw', 'oom', 'tante', 'opa', 'oma'];
// The form of address in either case at the start of a sentence; the name itself starts with a capital.
const FORM_OF_ADDRESS = new RegExp(
  `(?<![\\p{L}])(?:${formsOfAddress.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace('.', '\\.')}`).join('|')})\\s+(?:(?:van|de|der|den|el|al|ter|ten)\\s+)*[\\p{Lu}][\\p{L}'-]+`,
  'gu',
);

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function collect(text: string, pattern: RegExp, kind: IdentifyingKind, found: IdentifyingDetail[]) {
  for (const m of text.matchAll(pattern)) found.push({ kind, match: m[0].trim(), index: m.index ?? 0 });
}

/** Parts of a known name worth looking for: surnames and first names of three letters or more, not particles. */
function nameParts(name: string): string[] {
  const particles = new Set(['van', 'de', 'der', 'den', 'het', 'fam', 'fam.', 'familie', 'el', 'al', 'ter', 'ten', 'la', 'le']);
  return name
    .split(/\s+/)
    .map((p) => p.replace(/[.,]/g, ''))
    .filter((p) => p.length >= 3 && !particles.has(p.toLowerCase()));
}

export function findIdentifyingDetails(text: string, context: IdentifyingContext = {}): IdentifyingDetail[] {
  const found: IdentifyingDetail[] = [];
  collect(text, EMAIL, 'email', found);
  const withoutEmail = text.replace(EMAIL, (m) => ' '.repeat(m.length));
  collect(withoutEmail, PHONE, 'phone', found);
  collect(withoutEmail, POSTCODE, 'postcode', found);
  collect(withoutEmail, STREET_AND_NUMBER, 'streetAndNumber', found);
  collect(withoutEmail, HOUSE_NUMBER, 'streetAndNumber', found);
  for (const street of context.knownStreets ?? []) {
    if (street.trim().length < 3) continue;
    collect(withoutEmail, new RegExp(`\\b${escapeRegExp(street.trim())}\\s+\\d{1,5}[a-zA-Z]?\\b`, 'giu'), 'streetAndNumber', found);
  }
  collect(withoutEmail, FORM_OF_ADDRESS, 'name', found);
  const parts = new Set((context.knownNames ?? []).flatMap(nameParts));
  for (const part of parts) collect(withoutEmail, new RegExp(`(?<![\\p{L}])${escapeRegExp(part)}(?![\\p{L}])`, 'gu'), 'name', found);

  // One finding per place: the longest wins where matches overlap.
  found.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const result: IdentifyingDetail[] = [];
  for (const detail of found) {
    const last = result.at(-1);
    if (last && detail.index < last.index + last.match.length) continue;
    result.push(detail);
  }
  return result;
}
