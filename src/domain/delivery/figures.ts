/** Both sides of delivery in one flat record, as kept on the attempt. */
import { transcriptFigures } from './transcript';
import type { AudioFigures, DeliveryFigures } from './types';

/** The audio's figures with the transcript's, its pace and fillers taken over the audio's speaking time. */
export function deliveryFigures(audio: AudioFigures, transcript: string): DeliveryFigures {
  const pauses = audio.pauses.map((p) => ({ startMs: p.startMs, endMs: p.endMs }));
  return {
    durationMs: audio.durationMs,
    speakingMs: audio.speakingMs,
    firstWordMs: audio.firstWordMs,
    pauses,
    longestPauseMs: pauses.reduce((longest, p) => Math.max(longest, p.endMs - p.startMs), 0),
    ...transcriptFigures(transcript, audio.speakingMs),
  };
}
