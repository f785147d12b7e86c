import { useEffect, useRef } from 'react';

import { cn } from '@/lib/cn';

/** RMS of a normal speaking voice sits around 0.05–0.2; scaled so speech fills most of the bar. */
const GAIN = 4;

type AudioContextCtor = typeof AudioContext;

function audioContextCtor(): AudioContextCtor | undefined {
  return (
    globalThis.AudioContext ?? (globalThis as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext
  );
}

/**
 * The microphone's live level. Drawn by writing the bar's transform each animation frame, never
 * through React state: the answer's text box shares the main thread and must not lose keystrokes to
 * sixty renders a second. Decorative (the recording's state is said in words beside it).
 */
export function LevelMeter({
  stream,
  active,
  className,
}: {
  stream: MediaStream | null;
  active: boolean;
  className?: string;
}) {
  const barRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const bar = barRef.current;
    const Ctor = audioContextCtor();
    if (!bar || !stream || !active || !Ctor) return;
    let context: AudioContext;
    try {
      context = new Ctor();
    } catch {
      return;
    }
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    const source = context.createMediaStreamSource(stream);
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    let frame = 0;
    const draw = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      const level = Math.min(1, Math.sqrt(sum / samples.length) * GAIN);
      bar.style.transform = `scaleX(${level.toFixed(3)})`;
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => {
      cancelAnimationFrame(frame);
      source.disconnect();
      bar.style.transform = 'scaleX(0)';
      void context.close().catch(() => {});
    };
  }, [stream, active]);

  return (
    <span aria-hidden="true" className={cn('block h-2 overflow-hidden rounded-full bg-fg/10', className)}>
      <span
        ref={barRef}
        data-testid="level-meter"
        className="block h-full origin-left scale-x-0 rounded-full bg-accent transition-transform duration-75 motion-reduce:transition-none"
      />
    </span>
  );
}
