import type { ReactNode } from 'react';

/** A column heading, with its width where the table's layout is fixed. */
export type RecordColumn = { label: string; width?: string };

type Props = {
  caption: string;
  columns: readonly RecordColumn[];
  /** Said in the table's one row while there is nothing to list. */
  empty: string;
  isEmpty: boolean;
  /** Columns keep the widths given, whatever the rows hold. */
  fixed?: boolean;
  /** The rows. */
  children: ReactNode;
};

/** A newsroom list (glossary terms, tags, API keys, webhook deliveries): caption, column headings, and the rows. */
export function RecordTable({ caption, columns, empty, isEmpty, fixed = false, children }: Props) {
  return (
    <table className={`mt-10 w-full ${fixed ? 'table-fixed ' : ''}border-collapse text-left text-sm`}>
      <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          {columns.map(({ label, width }, index) => (
            <th key={label} scope="col" className={[width, 'py-2', index < columns.length - 1 && 'pr-4'].filter(Boolean).join(' ')}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {isEmpty && (
          <tr>
            <td colSpan={columns.length} className="py-4 text-muted">
              {empty}
            </td>
          </tr>
        )}
        {children}
      </tbody>
    </table>
  );
}
