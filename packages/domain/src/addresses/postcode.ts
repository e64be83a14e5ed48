/**
 * Dutch postcodes: four digits (not starting with 0) and two letters; SA, SD and SS are never
 * issued. Written in Dutch format as "1234 AB".
 */
const POSTCODE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

export function normalisePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim());
  if (!match) return null;
  const letters = match[2]!.toUpperCase();
  if (NEVER_ISSUED.has(letters)) return null;
  return `${match[1]} ${letters}`;
}
