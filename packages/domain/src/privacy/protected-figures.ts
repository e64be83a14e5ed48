/**
 * The small-cell rule over any set of figures that are tied together by sums, within one published
 * version and against every version published before it (ADR 0002).
 *
 * A figure set is counts by key with the relations between them ("these members add up to that
 * total"). Protection hides figures, never changes one:
 * 1. primary: every figure of 1 to threshold−1 is hidden (and a zero where a zero says as much,
 *    such as "no household raised this theme"); the members of a relation whose total is that small
 *    are hidden with it;
 * 2. relations: where a total is shown, its hidden members must add up to at least the threshold and
 *    be more than one, otherwise the smallest shown member is hidden as well (or the total);
 * 3. audit: the shown figures of this version are solved as a linear system; a hidden figure that
 *    can be worked out exactly and is small gets a neighbour hidden;
 * 4. versions: against every earlier published version, no figure and no hidden part of a relation
 *    (what its hidden members add up to) that both versions let one work out may differ by 1 to
 *    threshold−1; where one does, this version hides more, until none does.
 * Earlier versions are never changed: they have been read already.
 */

export const SMALL_CELL_THRESHOLD = 5;

export interface FigureRelation {
  members: readonly string[];
  total: string;
}

export interface FigureSet {
  /** The true counts, by key. Keys are stable across versions (a question's option, a theme's id). */
  values: Readonly<Record<string, number>>;
  relations: readonly FigureRelation[];
  /** Keys whose zero is as telling as a small count and is hidden like one. */
  zeroIsSmall?: readonly string[];
  /** Keys that are never printed themselves (the complement of a count): hiding them costs readers nothing, so they go first. */
  internal?: readonly string[];
}

/** A version as it was published: its true counts, relations, and which of them were hidden. */
export interface PublishedFigures extends FigureSet {
  hidden: readonly string[];
}

export interface ProtectOptions {
  threshold?: number;
  /** Every version published before this one. */
  earlier?: readonly PublishedFigures[];
  /** Figures that must stay hidden (a version that is re-protected may only hide more). */
  alsoHidden?: readonly string[];
}

export interface ProtectedFigures extends PublishedFigures {
  /** The figure to publish, or null where it is hidden. */
  shown: Record<string, number | null>;
}

const isSmall = (value: number, threshold: number) => value > 0 && value < threshold;
const isSmallChange = (change: number, threshold: number) => Math.abs(change) > 0 && Math.abs(change) < threshold;

/**
 * What one version lets a reader work out: the shown figures, plus every linear combination of
 * hidden figures that its relations pin down. Reduced row-echelon form of the relations over the
 * hidden figures; a combination is known when reducing it by the pivot rows leaves nothing.
 */
class Knowledge {
  private readonly unknownIndex = new Map<string, number>();
  /** Pivot rows of the reduced system, sparse (column → coefficient), in pivot order. */
  private readonly pivotRows: { column: number; row: Map<number, number> }[] = [];

  constructor(
    private readonly set: FigureSet,
    hidden: ReadonlySet<string>,
  ) {
    // Totals last: a relation's own members then come first in its row and are eliminated without
    // touching the other rows, so a picture's many relations on one total stay cheap to solve.
    const totals = new Set(set.relations.map((r) => r.total));
    const ordered = Object.keys(set.values).filter((k) => hidden.has(k));
    for (const key of [...ordered.filter((k) => !totals.has(k)), ...ordered.filter((k) => totals.has(k))]) this.unknownIndex.set(key, this.unknownIndex.size);
    const rows: Map<number, number>[] = [];
    for (const relation of set.relations) {
      const equation = new Map<number, number>();
      for (const [key, sign] of [...relation.members.map((m) => [m, 1] as const), [relation.total, -1] as const]) {
        const index = this.unknownIndex.get(key);
        if (index === undefined) continue;
        const v = (equation.get(index) ?? 0) + sign;
        if (Math.abs(v) < 1e-12) equation.delete(index);
        else equation.set(index, v);
      }
      if (equation.size) rows.push(equation);
    }
    const used = new Array<boolean>(rows.length).fill(false);
    for (let column = 0; column < this.unknownIndex.size; column++) {
      // The sparsest unused row with this column, for little fill-in.
      let best = -1;
      for (let i = 0; i < rows.length; i++) {
        if (used[i]) continue;
        const v = rows[i]!.get(column);
        if (v === undefined || Math.abs(v) < 1e-9) continue;
        if (best < 0 || rows[i]!.size < rows[best]!.size) best = i;
      }
      if (best < 0) continue;
      used[best] = true;
      const pivotRow = rows[best]!;
      const pivot = pivotRow.get(column)!;
      for (const [k, v] of pivotRow) pivotRow.set(k, v / pivot);
      for (let i = 0; i < rows.length; i++) {
        if (i === best) continue;
        const factor = rows[i]!.get(column);
        if (factor === undefined) continue;
        subtractInto(rows[i]!, pivotRow, factor);
      }
      this.pivotRows.push({ column, row: pivotRow });
    }
  }

  /** Whether the sum of these figures can be worked out from what this version shows. */
  knowsSumOf(keys: Iterable<string>): boolean {
    const vector = new Map<number, number>();
    for (const key of keys) {
      if (!(key in this.set.values)) return false;
      const index = this.unknownIndex.get(key);
      if (index !== undefined) vector.set(index, (vector.get(index) ?? 0) + 1);
    }
    // Fully reduced rows: each pivot column appears in its own row only, so one pass suffices.
    for (const { column, row } of this.pivotRows) {
      const factor = vector.get(column);
      if (factor !== undefined) subtractInto(vector, row, factor);
    }
    for (const v of vector.values()) if (Math.abs(v) > 1e-9) return false;
    return true;
  }

  /** The hidden figures that can be worked out one by one. */
  solvable(): string[] {
    return [...this.unknownIndex.keys()].filter((key) => this.knowsSumOf([key]));
  }
}

/** target −= factor × row, dropping what becomes zero. */
function subtractInto(target: Map<number, number>, row: ReadonlyMap<number, number>, factor: number) {
  for (const [k, v] of row) {
    const next = (target.get(k) ?? 0) - factor * v;
    if (Math.abs(next) < 1e-12) target.delete(k);
    else target.set(k, next);
  }
}

const sumOf = (values: Readonly<Record<string, number>>, keys: Iterable<string>) => {
  let sum = 0;
  for (const key of keys) sum += values[key] ?? 0;
  return sum;
};

export function protectFigures(set: FigureSet, { threshold = SMALL_CELL_THRESHOLD, earlier = [], alsoHidden = [] }: ProtectOptions = {}): ProtectedFigures {
  const keys = Object.keys(set.values);
  for (const key of keys) {
    const v = set.values[key]!;
    if (!Number.isInteger(v) || v < 0) throw new Error('counts are whole numbers of 0 or more');
  }
  for (const relation of set.relations)
    for (const key of [...relation.members, relation.total]) if (!(key in set.values)) throw new Error(`relation names an unknown figure: ${key}`);
  const value = (key: string) => set.values[key]!;
  const zeroIsSmall = new Set(set.zeroIsSmall ?? []);
  const hidden = new Set<string>(alsoHidden.filter((k) => k in set.values));
  const hide = (key: string) => hidden.add(key);

  // 1. Primary suppression, and whole relations of a small total.
  for (const key of keys) if (isSmall(value(key), threshold) || (zeroIsSmall.has(key) && value(key) === 0)) hide(key);
  for (const relation of set.relations) if (isSmall(value(relation.total), threshold)) relation.members.forEach(hide);

  const internal = new Set(set.internal ?? []);
  /** Which shown figure to give up first: one never printed, then the smallest above zero, then a zero. */
  const firstToHide = (candidates: readonly string[]) => {
    const open = candidates.filter((k) => !hidden.has(k)).sort((a, b) => Number(internal.has(b)) - Number(internal.has(a)) || value(a) - value(b));
    return open.find((k) => value(k) > 0) ?? open[0];
  };
  /** Hide one more figure of a relation: a shown member (see firstToHide), else its total. */
  const widen = (relation: FigureRelation) => hide(firstToHide(relation.members) ?? relation.total);
  /** Hide one more figure near these keys; false when nothing is left to hide there. */
  const hideNear = (near: readonly string[]): boolean => {
    const shownNear = firstToHide(near);
    if (shownNear !== undefined) {
      hide(shownNear);
      return true;
    }
    // The relations that tie these figures to shown ones: first one that pins a figure down on its
    // own (every other entry shown), then the one with the most shown.
    const entries = (r: FigureRelation) => [...r.members, r.total];
    const shownIn = (r: FigureRelation) => entries(r).filter((k) => !hidden.has(k)).length;
    const pins = (r: FigureRelation) => entries(r).filter((k) => hidden.has(k)).length === 1;
    const relation = set.relations
      .filter((r) => entries(r).some((k) => near.includes(k)) && shownIn(r) > 0)
      .sort((a, b) => Number(pins(b)) - Number(pins(a)) || shownIn(b) - shownIn(a))[0];
    if (!relation) return false;
    widen(relation);
    return true;
  };

  const smallFigures = keys.filter((key) => isSmall(value(key), threshold) || (zeroIsSmall.has(key) && value(key) === 0));
  const previous = earlier.map((version) => {
    const knowledge = new Knowledge(version, new Set(version.hidden));
    // The figures that changed by a small number and that the earlier version told, directly or by its sums.
    const changedLittle = keys.filter((k) => k in version.values && isSmallChange(value(k) - version.values[k]!, threshold) && knowledge.knowsSumOf([k]));
    const told = new Map<string, boolean>();
    const toldSumOf = (group: readonly string[]) => {
      const id = group.join('\u0000');
      let known = told.get(id);
      if (known === undefined) told.set(id, (known = knowledge.knowsSumOf(group)));
      return known;
    };
    return { version, toldSumOf, changedLittle, hiddenBefore: new Set(version.hidden) };
  });

  for (let changed = true; changed;) {
    changed = false;
    // 2. Relations: a shown total must not give away what its hidden members add up to.
    for (const relation of set.relations) {
      if (hidden.has(relation.total)) continue;
      const suppressed = relation.members.filter((m) => hidden.has(m));
      if (suppressed.length === 0) continue;
      if (suppressed.length === 1 || sumOf(set.values, suppressed) < threshold) {
        widen(relation);
        changed = true;
      }
    }
    if (changed) continue;

    // 3. Audit: nothing small may be worked out from all shown figures together.
    const ownKnowledge = new Knowledge(set, hidden);
    const exposed = smallFigures.find((key) => hidden.has(key) && ownKnowledge.knowsSumOf([key]));
    if (exposed !== undefined) {
      const holds = (r: FigureRelation) => r.members.includes(exposed);
      const relation =
        set.relations.find((r) => !hidden.has(r.total) && holds(r)) ?? set.relations.find(holds) ?? set.relations.find((r) => r.total === exposed);
      if (relation) widen(relation);
      else hideNear([exposed]);
      changed = true;
      continue;
    }

    // 4. Versions: no small change may be worked out between this version and an earlier one.
    // First, at once, every shown figure whose change from a version that told it is small.
    for (const { changedLittle } of previous)
      for (const key of changedLittle)
        if (!hidden.has(key)) {
          hide(key);
          changed = true;
        }
    if (changed) continue;
    // Then the changes that can be worked out from hidden figures, one at a time.
    for (const { version, toldSumOf, changedLittle, hiddenBefore } of previous) {
      const groups: string[][] = [
        ...changedLittle.map((k) => [k]),
        ...[...set.relations, ...version.relations]
          .map((r) => r.members.filter((m) => m in set.values && m in version.values && (hidden.has(m) || hiddenBefore.has(m))))
          .filter((g) => g.length > 1 && isSmallChange(sumOf(set.values, g) - sumOf(version.values, g), threshold) && toldSumOf(g)),
      ];
      const leak = groups.find((group) => ownKnowledge.knowsSumOf(group));
      if (!leak) continue;
      // Far-off relations can pin a sum down too: then the smallest figure still shown goes.
      const stillShown = keys.filter((k) => !hidden.has(k)).sort((a, b) => value(a) - value(b));
      if (!hideNear(leak) && stillShown.length) hide(stillShown[0]!);
      changed = stillShown.length > 0;
      break;
    }
  }

  const shown: Record<string, number | null> = {};
  for (const key of keys) shown[key] = hidden.has(key) ? null : value(key);
  return {
    values: { ...set.values },
    relations: set.relations,
    ...(set.zeroIsSmall ? { zeroIsSmall: set.zeroIsSmall } : {}),
    ...(set.internal ? { internal: set.internal } : {}),
    hidden: keys.filter((k) => hidden.has(k)),
    shown,
  };
}
