/**
 * `schema.ts` is what the code believes the database looks like; the migrations are what it is.
 * Kysely trusts the first, so a column added in a migration and forgotten in the types (or the
 * other way round, or nullable in one and not the other) would only show when a query fails. This
 * reads the `Database` interface with the TypeScript compiler and compares it with the migrated
 * database, table by table and column by column.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { createTestDatabase } from '../../test/test-database.js';

interface ColumnShape {
  nullable: boolean;
}
type TableShapes = Record<string, Record<string, ColumnShape>>;

/** The tables and columns `schema.ts` declares, with whether their selected value can be null. */
function declaredTables(): TableShapes {
  const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.ts');
  const program = ts.createProgram([schemaFile], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile)!;
  const database = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!database) throw new Error('schema.ts has no Database interface');
  const tables: TableShapes = {};
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, database);
    const columns: Record<string, ColumnShape> = {};
    for (const column of tableType.getProperties()) {
      let type = checker.getTypeOfSymbolAtLocation(column, database);
      // ColumnType<Select, Insert, Update> and Generated<T> carry what a select returns in `__select__`.
      const selected = type.getProperty('__select__');
      if (selected) type = checker.getTypeOfSymbolAtLocation(selected, database);
      const parts = type.isUnion() ? type.types : [type];
      columns[column.name] = { nullable: parts.some((part) => (part.flags & ts.TypeFlags.Null) !== 0) };
    }
    tables[table.name] = columns;
  }
  return tables;
}

async function migratedTables(db: DatabaseHandle['db']): Promise<TableShapes> {
  const { rows } = await sql<{ table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }>`
    select table_name, column_name, is_nullable from information_schema.columns
    where table_schema = 'public' and table_name not in ('schema_migrations', 'schema_migrations_lock')
    order by table_name, ordinal_position`.execute(db);
  const tables: TableShapes = {};
  for (const row of rows) (tables[row.table_name] ??= {})[row.column_name] = { nullable: row.is_nullable === 'YES' };
  return tables;
}

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

it('declares exactly the tables and columns the migrations make, nullable where the database allows null', async () => {
  const declared = declaredTables();
  const migrated = await migratedTables(handle.db);
  // A guard against a compiler setting that resolves nothing: the types hold dozens of tables.
  expect(Object.keys(declared).length).toBeGreaterThan(40);
  expect(Object.keys(declared).sort()).toEqual(Object.keys(migrated).sort());
  const mismatches: string[] = [];
  for (const [table, columns] of Object.entries(migrated)) {
    const declaredColumns = declared[table] ?? {};
    for (const [column, shape] of Object.entries(columns)) {
      const type = declaredColumns[column];
      if (!type) mismatches.push(`${table}.${column}: in the database, not in schema.ts`);
      else if (type.nullable !== shape.nullable)
        mismatches.push(
          `${table}.${column}: ${shape.nullable ? 'nullable' : 'not null'} in the database, ${type.nullable ? 'nullable' : 'not null'} in schema.ts`,
        );
    }
    for (const column of Object.keys(declaredColumns)) if (!(column in columns)) mismatches.push(`${table}.${column}: in schema.ts, not in the database`);
  }
  expect(mismatches).toEqual([]);
}, 60_000);
