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
 * A chart with its text alternatives: the chart's own accessible name sums it
 * up, and "Show table" (announced with the table's caption) adds the same
 * numbers as a table for anyone who wants exact values. The table is only
 * rendered once asked for: a year of daily scores is thousands of cells, too
 * many to lay out on every visit and too many to read through unasked.
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
          aria-controls={showTable ? tableId : undefined}
          onClick={() => setShowTable((v) => !v)}
        >
          {showTable ? 'Hide table' : 'Show table'}
          <span className="sr-only">: {table.caption}</span>
        </Button>
      </figcaption>
      {showTable ? (
        <div className="max-h-96 overflow-auto rounded-lg border border-border">
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
      ) : null}
    </figure>
  );
}
