/** The number of participants as typed: "12" → 12, "" → null, anything else stays as typed (the shared schema names it invalid). */
export function participantsValue(input: string): number | null | string {
  const text = input.trim();
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The names of the themes an outcome concerns, in the order given; themes that are gone are left out. */
export function themeNames(ids: readonly string[], themes: readonly { id: string; name: string }[]): string[] {
  const byId = new Map(themes.map((t) => [t.id, t.name]));
  return ids.map((id) => byId.get(id)).filter((n): n is string => !!n);
}
