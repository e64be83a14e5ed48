/** Dates in server texts (warnings, exports) in Dutch format: dd-mm-jjjj. */
export function formatDutchDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}
