const intlLocale: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "1.234,5" (nl) / "1,234.5" (en), at most `maxDecimals` decimals. */
export function formatNumber(value: number, locale: string, maxDecimals = 2): string {
  return new Intl.NumberFormat(intlLocale[locale] ?? locale, { maximumFractionDigits: maxDecimals }).format(value);
}

/**
 * Reads a number as people type it: "1,25" (Dutch decimal comma), "1.25", " 2 ". Thousand separators are
 * not accepted (hours and counts are small). Empty gives undefined (a required-field message),
 * anything else unreadable gives NaN (an invalid-value message).
 */
export function parseDecimal(input: unknown): number | undefined {
  if (typeof input === 'number') return input;
  if (typeof input !== 'string') return undefined;
  const text = input.trim().replace(/\s+/g, '');
  if (text === '') return undefined;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return Number.NaN;
  return Number(text.replace(',', '.'));
}

/** A number for an input the user edits: "1,25" in Dutch, "1.25" in English, no grouping. */
export function decimalInputValue(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const text = String(Math.round(value * 100) / 100);
  return locale === 'nl' ? text.replace('.', ',') : text;
}
