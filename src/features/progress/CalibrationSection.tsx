import { useMemo } from 'react';

import { Card, SectionCard } from '@/components/ui/Card';
import type { Attempt } from '@/domain/model';
import type { CalibrationFinding } from '@/domain/progress';
import { plural } from '@/lib/format';

import { calibrationRatingsToGo } from './calibration-status';

/**
 * Where the user's ratings and the hints disagree. Always on the page once there is progress, so that an
 * empty section says why: too few ratings yet (and how many more), or nothing to flag.
 */
export function CalibrationSection({
  findings,
  attempts,
}: {
  findings: readonly CalibrationFinding[];
  attempts: Record<string, Attempt>;
}) {
  // Only counted while there are no findings: with findings there is nothing to explain.
  const toGo = useMemo(
    () => (findings.length ? 0 : calibrationRatingsToGo(Object.values(attempts))),
    [findings.length, attempts],
  );

  return (
    <SectionCard
      title="How you rate yourself"
      description="Your recent ratings compared with what the hints find in the same answers. Hints are rough, so treat these as prompts to re-read, not verdicts."
    >
      {findings.length ? (
        <ul className="space-y-3">
          {findings.map((finding) => (
            <Card as="li" key={`${finding.part}-${finding.direction}`} radius="xl" shadow={false} padding="sm">
              {finding.message}
            </Card>
          ))}
        </ul>
      ) : toGo > 0 ? (
        <p>Rate {plural(toGo, 'more answer')} to see how your ratings compare.</p>
      ) : (
        <p>Your recent ratings and the hints agree: nothing to re-read for now.</p>
      )}
    </SectionCard>
  );
}
