import { Button } from '@/components/ui/Button';
import { cardStyles } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

import { choiceLabel, INPUT_CHOICES, ORDER_CHOICES, THINK_TIME_CHOICES, TIME_LIMIT_CHOICES } from './options';
import { FieldError } from './parts';
import { hasErrors } from './setup-form';
import type { SetupForm } from './useSetupForm';

/** Beside the form: what the choices add up to, what stops a start, and the Start button. */
export function SessionPlan({ form: { state, derived, formErrorRef } }: { form: SetupForm }) {
  const { pinned, order, timeLimitSec, thinkTimeSec, input, errors } = state;
  const { planned, matching, minutes } = derived;
  const rows: [string, string][] = [
    ...(pinned.length > 0 ? [] : [['Order', choiceLabel(ORDER_CHOICES, order)] as [string, string]]),
    ['Per answer', timeLimitSec === 0 ? 'No limit' : choiceLabel(TIME_LIMIT_CHOICES, timeLimitSec)],
    ['Think time', thinkTimeSec === 0 ? 'None' : choiceLabel(THINK_TIME_CHOICES, thinkTimeSec)],
    ['Answer by', choiceLabel(INPUT_CHOICES, input)],
  ];
  const problem = errors.form ?? (hasErrors(errors) ? 'Fix the highlighted choices to start.' : null);

  return (
    <aside aria-labelledby="setup-summary" className={cardStyles({ padding: 'xl' }, 'space-y-5 lg:sticky lg:top-20')}>
      <div className="space-y-1">
        <h2 id="setup-summary" className="text-sm font-semibold tracking-wide text-fg-muted uppercase">
          Your session
        </h2>
        <p className="text-2xl font-semibold tracking-tight tabular-nums">{plural(planned, 'question')}</p>
        {derived.capped ? (
          <p className="text-sm text-fg-muted">Only {matching} match your choices, so all of them are asked.</p>
        ) : null}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {rows.map(([term, value]) => (
          <PlanRow key={term} term={term} value={value} />
        ))}
        {minutes !== null ? <PlanRow term="About" value={`${minutes} min of answering`} numeric /> : null}
      </dl>

      <div ref={formErrorRef} tabIndex={-1} role="alert" className="outline-none">
        {problem ? <FieldError className="mt-0">{problem}</FieldError> : null}
      </div>

      <Button type="submit" size="lg" className="w-full" disabled={state.starting}>
        <Icon name="play" />
        {state.starting ? 'Starting…' : 'Start practice'}
      </Button>
    </aside>
  );
}

function PlanRow({ term, value, numeric = false }: { term: string; value: string; numeric?: boolean }) {
  return (
    <>
      <dt className="text-fg-muted">{term}</dt>
      <dd className={cn('text-right font-medium', numeric && 'tabular-nums')}>{value}</dd>
    </>
  );
}
