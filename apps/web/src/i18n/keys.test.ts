import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './resources';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

function has(catalogue: object, key: string): boolean {
  const lookup = (k: string) => k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], catalogue);
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';
}

describe('translation keys used in the code', () => {
  const root = join(import.meta.dirname, '..');
  const keys = new Set<string>();
  for (const file of sourceFiles(root)) for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) keys.add(match[1]!);

  it('finds keys', () => expect(keys.size).toBeGreaterThan(100));

  for (const lang of ['nl', 'en'] as const)
    it(`exist in ${lang}`, () => {
      expect([...keys].filter((k) => !has(resources[lang].translation, k))).toEqual([]);
    });
});
