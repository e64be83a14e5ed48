/** Download links (plain GET; the browser saves the file). */
export const exportUrl = (id: string, what: 'addresses' | 'plan' | 'hours', format: 'csv' | 'xlsx') =>
  `/api/projects/${encodeURIComponent(id)}/exports/${what}?format=${format}`;
