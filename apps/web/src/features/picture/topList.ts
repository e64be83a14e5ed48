/** Pure helpers of the top 5 lists (phase 3, step 2): a draft list the team orders before saving. */

export const TOP_SIZE = 5;

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The list with `id` added at the end, unless it is there already or the list is full. */
export function addItem(list: readonly string[], id: string, max = TOP_SIZE): string[] {
  if (!id || list.includes(id) || list.length >= max) return [...list];
  return [...list, id];
}

export function removeItem(list: readonly string[], id: string): string[] {
  return list.filter((x) => x !== id);
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A saved list with themes that no longer exist (or changed kind) left out. */
export function knownOnly(list: readonly string[], themeIds: ReadonlySet<string>): string[] {
  return list.filter((id) => themeIds.has(id));
}

/** The themes that can still be added: of the list's kind, not in it, most households first, then by name. */
export function addableThemes<T extends { id: string; name: string; valence: string; households: number }>(
  themes: readonly T[],
  valence: string,
  list: readonly string[],
): T[] {
  return themes.filter((t) => t.valence === valence && !list.includes(t.id)).sort((a, b) => b.households - a.households || a.name.localeCompare(b.name, 'nl'));
}
