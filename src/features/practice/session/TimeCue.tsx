import { type TimeCueOptions, useTimeCue } from '../interviewer/useInterviewer';

/**
 * Interviewer mode's spoken "thirty seconds left" (when the user turned it on). A component of its own
 * so the speech code arrives lazily with it, never in the answering screen's chunk.
 */
export default function TimeCue({ answerKey, ...options }: Omit<TimeCueOptions, 'key'> & { answerKey: string }) {
  // `key` is React's own prop name, so the answer's identity travels as `answerKey`.
  useTimeCue({ ...options, key: answerKey });
  return null;
}
