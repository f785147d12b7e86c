import { cardStyles } from '@/components/ui/Card';
import { cn } from '@/lib/cn';

/**
 * One figure of a session (answered, average, time) as a term and its value,
 * inside a `<dl>`: plain in a history row, boxed in a replay's summary.
 * (Not the kit's `Stat`: its sizes set label and value larger than a row's.)
 */
export function Stat({ label, value, boxed = false }: { label: string; value: string; boxed?: boolean }) {
  return (
    <div className={boxed ? cardStyles({ radius: 'xl' }, 'px-4 py-3') : 'min-w-0'}>
      <dt className="text-xs text-fg-muted">{label}</dt>
      <dd className={cn('font-semibold tabular-nums', boxed && 'mt-0.5 text-lg')}>{value}</dd>
    </div>
  );
}
