/**
 * The interviewer: reads questions aloud (interviewer mode) and says when
 * 30 seconds are left. Load it with `import()` from the answering screen;
 * it must stay out of the first page's JS.
 */
export {
  listVoices,
  MAX_CHUNK_CHARS,
  onVoicesChanged,
  speak,
  type SpeakOptions,
  type Speech,
  speechSynthesisSupported,
  splitForSpeech,
  UNSUPPORTED_MESSAGE,
  type VoiceOption,
} from './speech-synthesis';
export {
  type Interviewer,
  type InterviewerOptions,
  type InterviewerPhase,
  TIME_CUE_SEC,
  TIME_CUE_TEXT,
  type TimeCueOptions,
  useInterviewer,
  useTimeCue,
} from './useInterviewer';
export { useVoices } from './useVoices';
