import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Loading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from './content';

/** The part of a TanStack Query result that QueryState reads. */
export interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  data: T | undefined;
}

/**
 * The states of loaded data: the loading text, the error, the `empty` paragraph for an empty list,
 * or else the children with the data.
 */
export function QueryState<T>({ query, empty, children }: { query: QueryLike<T>; empty?: ReactNode; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (query.isError || query.data === undefined) return <Alert type="error">{query.error?.message ?? t('common.loadFailed')}</Alert>;
  if (empty !== undefined && Array.isArray(query.data) && query.data.length === 0) return <Paragraph>{empty}</Paragraph>;
  return children(query.data);
}

export interface Column<T> {
  /** The header text; also repeated in each cell when the table is stacked on a phone. */
  label: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

/** A table with one header row and a row per item; `false` columns are left out (e.g. actions without the permission). */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: ReactNode;
  columns: readonly (Column<T> | false)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
}) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  return (
    <Table caption={caption}>
      <TableHead>
        <TableRow>
          {shown.map((c) => (
            <TableHeaderCell key={c.label}>{c.label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {shown.map((c) => (
              <TableCell key={c.label} label={c.label} className={c.className}>
                {c.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
