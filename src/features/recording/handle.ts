/**
 * What the answering screen can ask of the (lazily loaded) recording control. Types only: importing
 * this costs the answering screen's chunk nothing.
 */
export interface RecordingHandle {
  /** Whether there is audio to submit, so an empty transcript can still be submitted. */
  hasAudio: () => boolean;
  /**
   * The answer was submitted as `attemptId`: stop recording and save the audio with it, then measure
   * its delivery against `transcript`. Safe to call after the screen is gone.
   */
  submit: (attemptId: string, transcript: string) => void;
}
