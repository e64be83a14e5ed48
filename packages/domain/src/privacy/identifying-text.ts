/**
 * Finds details in free text that could identify a person: e-mail addresses, phone numbers,
 * postcodes, a street with a house number, bank accounts (IBAN), citizen service numbers (BSN),
 * dates of birth, licence plates, and names (after a form of address, or names the project knows:
 * residents, team, streets). Every free text that can leave the team must pass this check; the
 * writer is asked to rephrase. Errs on the side of asking.
 *
 * Known names are matched per word, not per pattern: the text is split into words, each word is
 * normalised (lower case, no diacritics, Dutch inflection endings taken off) and looked up in a set
 * built once per project (`createIdentifyingChecker`), so the cost does not grow with the number
 * of households.
 *
 * Names that are also ordinary words: a name part of three letters or fewer ("Bos", "Wit", "Kok",
 * "Jan") or one of `commonWordNames` ("Boer", "Groot", "Visser") is flagged only where it is written
 * with a capital letter and not at the start of a sentence, directly after a form of address
 * ("buurman bos", "mevr. Wit"), or as part of the full known name ("jan bos"). Longer names are
 * flagged in any case and inflection ("de jansens hiernaast"). Particles ("de", "van", "ter") are
 * never names on their own. A known street is flagged with a house number only: a street name on
 * its own says where something is, not who.
 */
export type IdentifyingKind = 'email' | 'phone' | 'postcode' | 'streetAndNumber' | 'name' | 'iban' | 'bsn' | 'dateOfBirth' | 'licencePlate';

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

/** The check with the project's names and streets prepared once; `find` is cheap for any number of them. */
export interface IdentifyingChecker {
  find(text: string): IdentifyingDetail[];
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
/** A form of address as a word of its own ("mevr" without its dot), for known names in lower case. */
const addressWords = new Set(['meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'heer', 'familie', 'fam', 'buurman', 'buurvrouw', 'oom', 'tante', 'opa', 'oma']);
const particles = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  't',
  'fam',
  'familie',
  'el',
  'al',
  'ter',
  'ten',
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'von',
  'op',
  'in',
  'uit',
  'bin',
  'ben',
]);

/**
 * Surnames that are also everyday Dutch words (or parts of the works' vocabulary: "groot onderhoud").
 * They are names only where written as one; see the module comment.
 */
export const commonWordNames: ReadonlySet<string> = new Set([
  'akker',
  'bakker',
  'baas',
  'beek',
  'berg',
  'blok',
  'bloem',
  'blom',
  'boer',
  'boom',
  'bos',
  'brink',
  'broek',
  'brouwer',
  'bruin',
  'bruine',
  'buren',
  'buur',
  'buurman',
  'buurt',
  'dam',
  'dekker',
  'dijk',
  'doorn',
  'duif',
  'engel',
  'goed',
  'goede',
  'graaf',
  'gras',
  'groen',
  'groot',
  'grote',
  'haan',
  'haas',
  'hart',
  'hertog',
  'heuvel',
  'hoek',
  'hof',
  'hoop',
  'hout',
  'huis',
  'jong',
  'jonge',
  'kamp',
  'keizer',
  'kerk',
  'klein',
  'kleine',
  'kok',
  'kooi',
  'koning',
  'koopman',
  'kort',
  'koster',
  'kramer',
  'kruis',
  'kuiper',
  'laan',
  'lang',
  'lange',
  'leeuw',
  'leeuwen',
  'lieve',
  'linden',
  'loon',
  'maas',
  'markt',
  'meer',
  'mees',
  'merel',
  'molen',
  'molenaar',
  'mulder',
  'park',
  'plein',
  'poort',
  'post',
  'prins',
  'ridder',
  'roos',
  'ruiter',
  'schilder',
  'schipper',
  'schuur',
  'smit',
  'smits',
  'spijker',
  'stam',
  'steen',
  'storm',
  'straat',
  'straten',
  'timmerman',
  'toren',
  'valk',
  'veen',
  'veld',
  'visser',
  'vos',
  'water',
  'wijk',
  'winkel',
  'winter',
  'wit',
  'witte',
  'wolf',
  'zand',
  'zomer',
  'zwaan',
  'zwart',
]);
const WEAK_LENGTH = 3;

// An IBAN as it is usually written: together, or in groups of four.
const IBAN = /(?<![\p{L}\d])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}(?![\p{L}\d])/giu;
// Nine digits, possibly grouped with dots or spaces; not part of a longer number.
// As a BSN is written: nine digits together, or grouped 3-3-3 or 4-2-3 by dots or spaces ("123 456 782",
// "1234.56.782"); not any nine digits with gaps, which a list of small numbers would give.
const BSN = /(?<!\d[\s.]?)(?<![+\d])(?:\d{9}|\d{3}([\s.])\d{3}\1\d{3}|\d{4}([\s.])\d{2}\2\d{3})(?![\s.]?\d)/g;
const MONTH =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\\.?';
const DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?)(?![\\p{L}\\d])`,
  'giu',
);
const BIRTH_WORD = /(?<![\p{L}])(?:geboren|geboortedatum|geboortedag|geb\.|born|date of birth|birthday|birth|d\.o\.b\.|dob|verjaardag|jarig)(?![\p{L}])/giu;
/** How far a date may be from the word that makes it a date of birth ("geboren op 3 april 1956"). */
const BIRTH_WORD_BEFORE = 25;
const BIRTH_WORD_AFTER = 15;

// Dutch licence plates by sidecode; with dashes every sidecode, without dashes only those whose
// groups are clear from where letters and digits change (and never 9999XX, which is a postcode).
const sidecodes = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];
const sidecodePattern = (code: string, dash: string) =>
  code
    .split('-')
    .map((group) => group.replace(/L/g, '[A-Z]').replace(/D/g, '\\d'))
    .join(dash);
const PLATE_WITH_DASHES = new RegExp(`(?<![\\p{L}\\d-])(?:${sidecodes.map((c) => sidecodePattern(c, '-')).join('|')})(?![\\p{L}\\d-])`, 'giu');
const PLATE_WITHOUT_DASHES = new RegExp(
  `(?<![\\p{L}\\d-])(?:${sidecodes
    .slice(6)
    .map((c) => sidecodePattern(c, ''))
    .join('|')})(?![\\p{L}\\d-])`,
  'gu',
);

const HOUSE_NUMBER_AFTER_STREET = /^[\s,]*(?:(?:nr|no|nummer)\.?\s*)?\d{1,5}(?:\s?[a-zA-Z](?![\p{L}\d])|-\d+)?(?![\d])/iu;
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SENTENCE_END = /[.!?:;…\n]$/;

function collect(text: string, pattern: RegExp, kind: IdentifyingKind, found: IdentifyingDetail[]) {
  for (const m of text.matchAll(pattern)) found.push({ kind, match: m[0].trim(), index: m.index ?? 0 });
}

const PLAIN = /^[a-zA-Z']*$/;
const letterMap: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'" };
/** Lower case, without diacritics ("Öztürk" and "ozturk" are the same word). */
export function normaliseWord(word: string): string {
  // Most words are plain ASCII: lower case is all they need (a project's thousands of names are normalised at once).
  if (PLAIN.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœ’]/g, (c) => letterMap[c]!);
}

// Longest first: possessive, diminutive (plural), plural, and the -e of "de Jansen-e"/"Smitte".
const endings = ["'s", "'", 'etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je', 'ens', 'en', 's', 'e'];
/** The word and what it could be without a Dutch inflection ending: "jansens" → jansen, "bossen" → bos. */
function stems(word: string): string[] {
  const out = [word];
  for (const ending of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    out.push(stem);
    // A doubled consonant before the ending: bossen → bos, smitten → smit.
    if (stem.length >= 3 && stem.at(-1) === stem.at(-2) && !/[aeiou]/.test(stem.at(-1)!)) out.push(stem.slice(0, -1));
  }
  return out;
}

interface Token {
  /** As written. */
  text: string;
  word: string;
  start: number;
  end: number;
  capital: boolean;
  sentenceStart: boolean;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start).replace(/[\s"'“”‘’([•*-]+$/u, '');
    tokens.push({
      text: m[0],
      word: normaliseWord(m[0]),
      start,
      end: start + m[0].length,
      capital: /^\p{Lu}/u.test(m[0]),
      sentenceStart: before === '' || SENTENCE_END.test(before),
    });
  }
  return tokens;
}

const NOT_WORD = /[^\p{L}\p{M}'’]+/u;
const wordsOf = (name: string) =>
  name
    .split(NOT_WORD)
    .map((w) => normaliseWord(w.replace(/^['’]+|['’]+$/g, '')))
    .filter(Boolean);
const isWeak = (part: string) => part.length <= WEAK_LENGTH || commonWordNames.has(part);

function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const value = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** The longest prefix of a candidate, ending at a space or its end, that is a valid IBAN. */
function validIban(candidate: string): string | null {
  for (let text = candidate; ;) {
    const compact = text.replace(/\s/g, '').toUpperCase();
    if (compact.length < 15) return null;
    if (compact.length <= 34 && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) && mod97(compact) === 1) return text;
    const space = text.search(/\s\S*$/);
    if (space < 0) return null;
    text = text.slice(0, space);
  }
}

/** The eleven test of the citizen service number. */
function validBsn(digits: string): boolean {
  if (/^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  return (sum - Number(digits[8])) % 11 === 0;
}

function collectNumbers(text: string, found: IdentifyingDetail[]) {
  for (const m of text.matchAll(IBAN)) {
    const iban = validIban(m[0]);
    if (iban) found.push({ kind: 'iban', match: iban.trim(), index: m.index ?? 0 });
  }
  for (const m of text.matchAll(BSN)) if (validBsn(m[0].replace(/\D/g, ''))) found.push({ kind: 'bsn', match: m[0], index: m.index ?? 0 });
  collect(text, PLATE_WITH_DASHES, 'licencePlate', found);
  collect(text, PLATE_WITHOUT_DASHES, 'licencePlate', found);
  const words = [...text.matchAll(BIRTH_WORD)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (!words.length) return;
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = words.findLast((w) => w.end <= start && start - w.end <= BIRTH_WORD_BEFORE);
    const after = words.find((w) => w.start >= end && w.start - end <= BIRTH_WORD_AFTER);
    if (before) found.push({ kind: 'dateOfBirth', match: text.slice(before.start, end), index: before.start });
    else if (after) found.push({ kind: 'dateOfBirth', match: text.slice(start, after.end), index: start });
  }
}

/** Word sequences keyed by their first word, so a text is read once whatever their number. */
function sequencesByStart() {
  const map = new Map<string, string[][]>();
  const seen = new Set<string>();
  return {
    map,
    add(seq: string[]) {
      const key = seq.join(' ');
      if (!seq.length || seen.has(key)) return;
      seen.add(key);
      const list = map.get(seq[0]!);
      if (list) list.push(seq);
      else map.set(seq[0]!, [seq]);
    },
  };
}

/**
 * Builds a checker a few names at a time: a project's thousands of names can be added in slices
 * between which the server answers other requests (the build of 10.000 takes a few hundred ms).
 */
export function identifyingCheckerBuilder() {
  // Name parts of two letters or more (particles aside); "weak" ones are also ordinary words.
  const parts = new Map<string, { weak: boolean }>();
  const names = sequencesByStart();
  const streets = sequencesByStart();
  return {
    addNames(knownNames: readonly string[]) {
      for (const name of knownNames) {
        const words = wordsOf(name).filter((w) => w.length >= 2 && !particles.has(w));
        for (const w of words) if (!parts.has(w)) parts.set(w, { weak: isWeak(w) });
        if (words.length >= 2) names.add(words);
      }
    },
    addStreets(knownStreets: readonly string[]) {
      for (const street of knownStreets) if (street.trim().length >= 3) streets.add(wordsOf(street));
    },
    /** The checker with what was added so far; adding more afterwards changes it too. */
    checker: (): IdentifyingChecker => checkerOf(parts, names.map, streets.map),
  };
}

export function createIdentifyingChecker(context: IdentifyingContext = {}): IdentifyingChecker {
  const builder = identifyingCheckerBuilder();
  builder.addNames(context.knownNames ?? []);
  builder.addStreets(context.knownStreets ?? []);
  return builder.checker();
}

function checkerOf(parts: Map<string, { weak: boolean }>, names: Map<string, string[][]>, streets: Map<string, string[][]>): IdentifyingChecker {
  /** The last token of a sequence at `i` (particles between name words skipped), or -1. */
  const sequenceEnd = (tokens: Token[], i: number, seq: string[], skipParticles: boolean, inflected: boolean) => {
    let t = i;
    for (let k = 0; k < seq.length; k++, t++) {
      while (skipParticles && k > 0 && t < tokens.length && particles.has(tokens[t]!.word)) t++;
      const token = tokens[t];
      if (!token || !(k === seq.length - 1 && inflected ? stems(token.word).includes(seq[k]!) : token.word === seq[k])) return -1;
    }
    return t - 1;
  };

  return {
    find(text: string) {
      const found: IdentifyingDetail[] = [];
      collect(text, EMAIL, 'email', found);
      const withoutEmail = text.replace(EMAIL, (m) => ' '.repeat(m.length));
      collect(withoutEmail, PHONE, 'phone', found);
      collect(withoutEmail, POSTCODE, 'postcode', found);
      collect(withoutEmail, STREET_AND_NUMBER, 'streetAndNumber', found);
      collect(withoutEmail, HOUSE_NUMBER, 'streetAndNumber', found);
      collectNumbers(withoutEmail, found);
      collect(withoutEmail, FORM_OF_ADDRESS, 'name', found);

      const tokens = tokenise(withoutEmail);
      const span = (kind: IdentifyingKind, from: number, to: number) => found.push({ kind, match: withoutEmail.slice(from, to), index: from });
      tokens.forEach((token, i) => {
        for (const street of streets.get(token.word) ?? []) {
          const last = sequenceEnd(tokens, i, street, false, false);
          const number = last >= 0 ? HOUSE_NUMBER_AFTER_STREET.exec(withoutEmail.slice(tokens[last]!.end)) : null;
          if (number) span('streetAndNumber', token.start, tokens[last]!.end + number[0].length);
        }
        for (const name of names.get(token.word) ?? []) {
          const last = sequenceEnd(tokens, i, name, true, true);
          if (last >= 0) span('name', token.start, tokens[last]!.end);
        }
        const matched = stems(token.word).flatMap((s) => parts.get(s) ?? []);
        if (!matched.length) return;
        let previous = i - 1;
        while (previous >= 0 && particles.has(tokens[previous]!.word)) previous--;
        const addressed = previous >= 0 && addressWords.has(tokens[previous]!.word);
        if (matched.some((p) => !p.weak) || addressed || (token.capital && !token.sentenceStart)) span('name', token.start, token.end);
      });

      // One finding per place: the longest wins where matches overlap.
      found.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
      const result: IdentifyingDetail[] = [];
      for (const detail of found) {
        const last = result.at(-1);
        if (last && detail.index < last.index + last.match.length) continue;
        result.push(detail);
      }
      return result;
    },
  };
}

/** One-off check; build a checker with `createIdentifyingChecker` to check many texts of one project. */
export function findIdentifyingDetails(text: string, context: IdentifyingContext = {}): IdentifyingDetail[] {
  return createIdentifyingChecker(context).find(text);
}
