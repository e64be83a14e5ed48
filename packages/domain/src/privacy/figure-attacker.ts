import type { FigureSet } from './protected-figures.js';

/**
 * The attacker of the small-cell property tests: what someone holding published versions can work
 * out. Independent of the rule's own floating-point algebra (exact fractions). Test code only.
 */

/** Exact fractions for the attacker, independent of the floating-point algebra in the rule itself. */
export type Fraction = [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
export const norm = ([n, d]: Fraction): Fraction => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
export const add = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
export const sub = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
export const mul = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[0], a[1] * b[1]]);
export const div = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1], a[1] * b[0]]);
export const isZero = (a: Fraction) => a[0] === 0n;
export const frac = (n: number): Fraction => [BigInt(n), 1n];

/**
 * What a reader of one published version can work out: the value of a sum of figures when the
 * shown figures and the relations pin it down (exact Gaussian elimination), else undefined.
 */
export function reader(published: Record<string, number | null>, relations: FigureSet['relations']) {
  const unknowns = Object.keys(published).filter((k) => published[k] === null);
  const index = new Map(unknowns.map((k, i) => [k, i]));
  const width = unknowns.length;
  const system: Fraction[][] = relations.map((r) => {
    const eq: Fraction[] = Array.from({ length: width + 1 }, () => frac(0));
    for (const [key, sign] of [...r.members.map((m) => [m, 1] as const), [r.total, -1] as const]) {
      const i = index.get(key);
      if (i === undefined) eq[width] = sub(eq[width]!, frac(sign * published[key]!));
      else eq[i] = add(eq[i]!, frac(sign));
    }
    return eq;
  });
  const pivots: { column: number; row: Fraction[] }[] = [];
  let rank = 0;
  for (let col = 0; col < width; col++) {
    const p = system.findIndex((eq, i) => i >= rank && !isZero(eq[col]!));
    if (p < 0) continue;
    [system[rank], system[p]] = [system[p]!, system[rank]!];
    const pivot = system[rank]![col]!;
    system[rank] = system[rank]!.map((v) => div(v, pivot));
    for (let i = 0; i < system.length; i++)
      if (i !== rank && !isZero(system[i]![col]!)) {
        const f = system[i]![col]!;
        system[i] = system[i]!.map((v, k) => sub(v, mul(f, system[rank]![k]!)));
      }
    pivots.push({ column: col, row: system[rank]! });
    rank++;
  }
  return (keys: readonly string[]): number | undefined => {
    let known = frac(0);
    const vector: Fraction[] = Array.from({ length: width }, () => frac(0));
    for (const key of keys) {
      const i = index.get(key);
      if (i === undefined) known = add(known, frac(published[key]!));
      else vector[i] = add(vector[i]!, frac(1));
    }
    for (const { column, row } of pivots) {
      const f = vector[column]!;
      if (isZero(f)) continue;
      for (let k = 0; k < width; k++) vector[k] = sub(vector[k]!, mul(f, row[k]!));
      known = add(known, mul(f, row[width]!));
    }
    if (!vector.every(isZero)) return undefined;
    return Number(known[0]) / Number(known[1]);
  };
}

/** A published version as the attacker holds it. */
export interface Attacked {
  values: Readonly<Record<string, number>>;
  relations: FigureSet['relations'];
  shown: Record<string, number | null>;
}

/** Everything the attacker tries on two published versions: every figure and every hidden part of a relation. */
export function smallChangesFound(a: Attacked, b: Attacked, threshold: number) {
  const readA = reader(a.shown, a.relations);
  const readB = reader(b.shown, b.relations);
  const groups = [
    ...Object.keys(b.values).map((k) => [k]),
    ...[...a.relations, ...b.relations].map((r) => r.members.filter((m) => a.shown[m] === null || b.shown[m] === null)).filter((g) => g.length > 0),
  ];
  const found: { group: string[]; change: number }[] = [];
  for (const group of groups) {
    const before = readA(group);
    const after = readB(group);
    if (before === undefined || after === undefined) continue;
    const change = Math.abs(after - before);
    if (change > 0 && change < threshold) found.push({ group, change });
  }
  return found;
}
