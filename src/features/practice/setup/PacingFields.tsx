import { Card } from '@/components/ui/Card';

import { getSpeechRecognition } from '../dictation/speech';
import { FormChoice } from './ChoiceGroup';
import { INPUT_CHOICES, THINK_TIME_CHOICES, TIME_LIMIT_CHOICES } from './options';
import type { SetupForm } from './useSetupForm';

function inputDescription(voice: boolean): string | undefined {
  if (!voice) return undefined;
  return getSpeechRecognition() === undefined
    ? 'This browser has no speech recognition, so you will type instead. Chrome, Edge and Safari can dictate.'
    : 'Dictation uses your browser’s speech recognition, which may send audio to its vendor unless it can run on this device.';
}

/** How to answer: the clock, think time and typing or voice. */
export function PacingFields({ form }: { form: SetupForm }) {
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
          columns={2}
          description={inputDescription(form.state.input === 'voice')}
        />
      </div>
    </Card>
  );
}
