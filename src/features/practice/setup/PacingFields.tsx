import { lazy, Suspense } from 'react';

import { Card } from '@/components/ui/Card';
import { LazyBoundary } from '@/components/ui/LazyBoundary';

import { getSpeechRecognition } from '../dictation/speech';
import { FormChoice } from './ChoiceGroup';
import { INPUT_CHOICES, THINK_TIME_CHOICES, TIME_LIMIT_CHOICES } from './options';
import type { SetupForm } from './useSetupForm';

// The speech code loads only when the user picks Interviewer.
const InterviewerFields = lazy(() => import('./InterviewerFields'));

const ON_DEVICE = 'Your spoken answer is recorded and kept on this device only.';

function inputDescription(input: SetupForm['state']['input']): string | undefined {
  if (input === 'type') return undefined;
  const dictation =
    getSpeechRecognition() === undefined
      ? 'This browser has no speech recognition, so you will type the transcript yourself. Chrome, Edge and Safari can dictate.'
      : 'Dictation uses your browser’s speech recognition, which may send audio to its vendor unless it can run on this device.';
  const steps =
    input === 'interviewer' ? 'Each question is read aloud, then think time, then recording starts by itself. ' : '';
  return `${steps}${ON_DEVICE} ${dictation}`;
}

/** How to answer: the clock, think time and typing, voice or the interviewer. */
export function PacingFields({ form }: { form: SetupForm }) {
  const { input, timeLimitSec } = form.state;
  return (
    <Card padding="xl" className="grid gap-6 md:grid-cols-2">
      <FormChoice form={form} field="timeLimitSec" legend="Time per answer" choices={TIME_LIMIT_CHOICES} columns={4} />
      <FormChoice form={form} field="thinkTimeSec" legend="Think time first" choices={THINK_TIME_CHOICES} columns={3} />
      <div className="md:col-span-2">
        <FormChoice
          form={form}
          field="input"
          legend="Answer by"
          choices={INPUT_CHOICES}
          columns={3}
          description={inputDescription(input)}
        />
        {input === 'interviewer' ? (
          <LazyBoundary
            fallback={
              <p role="alert" className="mt-5 text-sm">
                The interviewer’s settings could not load (offline, or the app was updated). Reload the page to choose a
                voice; the browser’s default voice reads until then.
              </p>
            }
          >
            <Suspense fallback={null}>
              <InterviewerFields timeLimitSec={timeLimitSec} />
            </Suspense>
          </LazyBoundary>
        ) : null}
      </div>
    </Card>
  );
}
