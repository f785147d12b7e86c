/**
 * The session's delivery, for a session with recorded answers: pace and fillers over all the time
 * spoken, and the long pauses, each against its target. Coaching, never a score.
 */
import { SectionCard } from '@/components/ui/Card';
import { Stat } from '@/components/ui/Stat';
import { toneStyles } from '@/components/ui/tones';
import { FILLERS_TARGET, PACE_TARGET } from '@/domain/delivery/targets';
import {
  formatPerMinute,
  formatSeconds,
  formatWpm,
  totalsOnTarget,
  type DeliveryTotals,
} from '@/domain/progress/delivery';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

function Verdict({ on, target }: { on: boolean | null; target: string }) {
  if (on === null) return <>Target: {target}</>;
  return (
    <>
      <span className={cn('font-semibold', on ? toneStyles.success.text : toneStyles.warning.text)}>
        {on ? 'On target' : 'Off target'}
      </span>{' '}
      · target {target}
    </>
  );
}

export function DeliverySummary({ headingId, totals }: { headingId: string; totals: DeliveryTotals }) {
  const on = totalsOnTarget(totals);
  return (
    <SectionCard
      title="Delivery"
      headingId={headingId}
      description={`Across your ${plural(totals.answers, 'recorded answer')}, over the time you were speaking.`}
    >
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat
          surface="muted"
          label="Average pace"
          value={totals.wpm === null ? '—' : `${formatWpm(totals.wpm)} wpm`}
          detail={<Verdict on={on.pace} target={`${PACE_TARGET.min}–${PACE_TARGET.max} wpm`} />}
        />
        <Stat
          surface="muted"
          label="Fillers"
          value={totals.fillersPerMin === null ? '—' : `${formatPerMinute(totals.fillersPerMin)} a minute`}
          detail={<Verdict on={on.fillers} target={`under ${FILLERS_TARGET} a minute`} />}
        />
        <Stat
          surface="muted"
          label="Long pauses"
          value={totals.longPauses}
          detail={
            totals.longPauses > 0
              ? `Over 2 s each; the longest ${formatSeconds(totals.longestPauseMs)}`
              : 'None over 2 s'
          }
        />
      </dl>
    </SectionCard>
  );
}
