import { useId, useState, type ReactNode } from 'react';

import { Button } from '@/components/ui/Button';
import { cn } from '@/lib/cn';

export interface DataTable {
  caption: string;
  columns: string[];
  /** The first cell of each row is its header. */
  rows: (string | number)[][];
}

interface ChartFigureProps {
  /** The chart itself: an element with role="img" and an accessible name. */
  children: ReactNode;
  table: DataTable;
  className?: string;
}

/**
 * A chart with its text alternative: the same numbers as a table, always in
 * the accessibility tree (visually hidden until "Show table" is pressed), so
 * screen-reader users and anyone who wants exact values get them.
 */
export function ChartFigure({ children, table, className }: ChartFigureProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className={cn('space-y-3', className)}>
      {children}
      <figcaption className="flex justify-end">
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? 'Hide table' : 'Show table'}
          <span className="sr-only">: {table.caption}</span>
        </Button>
      </figcaption>
      <div className={cn(showTable ? 'max-h-96 overflow-auto rounded-lg border border-border' : 'sr-only')}>
        <table id={tableId} className="w-full text-sm tabular-nums">
          <caption className="sr-only">{table.caption}</caption>
          <thead className="sticky top-0 bg-surface-muted">
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col" className="px-2 py-1.5 text-left font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(([head, ...cells], i) => (
              <tr key={i} className="border-t border-border">
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  {head}
                </th>
                {cells.map((cell, j) => (
                  <td key={j} className="px-2 py-1.5">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
