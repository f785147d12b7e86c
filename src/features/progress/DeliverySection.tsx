/**
 * The progress page's delivery, once answers have been recorded and measured: pace and fillers over
 * time, each against its target band, and self-calibration, how the user heard their own delivery
 * ("rough", "okay", "smooth" on the review) against what was measured.
 */
import { SectionCard } from '@/components/ui/Card';
import { FILLERS_TARGET, PACE_TARGET } from '@/domain/delivery/targets';
import { formatPerMinute, formatWpm, type DeliveryProgress } from '@/domain/progress/delivery';
import { plural } from '@/lib/format';

import { TrendChart } from './TrendChart';

const RATING_LABEL = { rough: 'Rough', okay: 'Okay', smooth: 'Smooth' } as const;

export function DeliverySection({ delivery }: { delivery: DeliveryProgress }) {
  const { overTime, calibration } = delivery;
  return (
    <SectionCard
      title="Delivery"
      description={`From ${plural(delivery.measured, 'recorded answer')}. Pace and fillers are per minute of speaking; the shaded band is the target.`}
    >
      {overTime.length > 0 ? (
        <div className="grid gap-6 md:grid-cols-2 [&>*]:min-w-0">
          <div className="space-y-2">
            <h3 className="font-semibold">Pace</h3>
            <TrendChart
              name="pace in words a minute"
              column="Words a minute"
              points={overTime.map((d) => ({ day: d.day, date: d.date, value: d.wpm, count: d.count }))}
              band={{ low: PACE_TARGET.min, high: PACE_TARGET.max, label: `${PACE_TARGET.min}–${PACE_TARGET.max} wpm` }}
              format={formatWpm}
            />
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold">Fillers a minute</h3>
            <TrendChart
              name="fillers a minute"
              column="Fillers a minute"
              points={overTime.map((d) => ({ day: d.day, date: d.date, value: d.fillersPerMin, count: d.count }))}
              band={{ low: 0, high: FILLERS_TARGET, label: `under ${FILLERS_TARGET}` }}
              format={formatPerMinute}
            />
          </div>
        </div>
      ) : null}

      <div className="space-y-2">
        <h3 className="font-semibold">How it sounded to you</h3>
        {calibration.length === 0 ? (
          <p className="text-sm text-fg-muted">
            On an answer’s review, say how it sounded to you (rough, okay or smooth) to compare that with the figures
            here.
          </p>
        ) : (
          <>
            <p className="text-sm text-fg-muted">
              What you said on the review, and how those answers measured: on target means a pace of {PACE_TARGET.min}–
              {PACE_TARGET.max} words a minute and under {FILLERS_TARGET} fillers a minute.
            </p>
            <table className="w-full text-sm tabular-nums">
              <caption className="sr-only">Your self-ratings of delivery against the figures</caption>
              <thead>
                <tr className="border-b border-border text-left text-xs text-fg-muted">
                  <th scope="col" className="py-1.5 pr-2 font-semibold">
                    You said
                  </th>
                  <th scope="col" className="py-1.5 pr-2 font-semibold">
                    On target
                  </th>
                  <th scope="col" className="py-1.5 pr-2 font-semibold">
                    Pace
                  </th>
                  <th scope="col" className="py-1.5 font-semibold">
                    Fillers
                  </th>
                </tr>
              </thead>
              <tbody>
                {calibration.map((row) => (
                  <tr key={row.rating} className="border-b border-border last:border-b-0">
                    <th scope="row" className="py-2 pr-2 text-left font-medium">
                      {RATING_LABEL[row.rating]}
                    </th>
                    <td className="py-2 pr-2">
                      {row.onTarget} of {row.answers}
                    </td>
                    <td className="py-2 pr-2">{row.wpm === null ? '–' : `${formatWpm(row.wpm)} wpm`}</td>
                    <td className="py-2">
                      {row.fillersPerMin === null ? '–' : `${formatPerMinute(row.fillersPerMin)}/min`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {delivery.calibrationNote ? <p className="text-sm">{delivery.calibrationNote}</p> : null}
          </>
        )}
      </div>
    </SectionCard>
  );
}
