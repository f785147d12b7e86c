import { Badge } from '@/components/ui/Badge';
import { formatDuration } from '@/domain/measures';
import type { Attempt } from '@/domain/model';

/** How long an answer took and how far it ran over, as items of a list of badges. */
export function TimeBadges({ attempt }: { attempt: Pick<Attempt, 'durationMs' | 'overtimeSec'> }) {
  return (
    <>
      <li>
        <Badge>Took {formatDuration(attempt.durationMs)}</Badge>
      </li>
      {attempt.overtimeSec > 0 ? (
        <li>
          <Badge variant="outline">{formatDuration(attempt.overtimeSec * 1000)} over time</Badge>
        </li>
      ) : null}
    </>
  );
}
