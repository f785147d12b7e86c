import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { KeyCombo } from '@/components/ui/Kbd';
import { toneStyles } from '@/components/ui/tones';
import type { Question } from '@/content/types';
import { initialRatings } from '@/domain/applicability';
import { formatDuration, speakingTimeSec, wordCount } from '@/domain/measures';
import type { AnswerSource, PracticeSession } from '@/domain/model';
import { announcement, clockState, type ClockState } from '@/domain/timer';
import type { RecordingHandle } from '@/features/recording/handle';
import { cn } from '@/lib/cn';
import { draftKey, usePracticeStore } from '@/stores';

import { DictationControl, DictationPreview } from '../dictation/DictationControl';
import { nextSource } from '../dictation/source';
import { appendDictated } from '../dictation/speech';
import { useDictation } from '../dictation/useDictation';
import { warmReveal } from '../reveal/lazy';
import { ClockPanel } from './ClockPanel';
import { LinkedStories } from './LinkedStories';
import { useAnswerClock } from './useAnswerClock';
import { useAnswerShortcuts } from './useAnswerShortcuts';
import { useDraftAutosave } from './useDraftAutosave';

// Loaded only by voice and interviewer sessions, when their answering screen opens: typed sessions and
// the first page never download the recorder.
const RecordingControl = lazy(() => import('@/features/recording/RecordingControl'));
const TimeCue = lazy(() => import('./TimeCue'));

interface AnswerPanelProps {
  session: PracticeSession;
  question: Question;
  /** The question's heading: read with the answer box, since focus lands there and not on the heading. */
  questionHeadingId?: string;
  /** Called after a skip: the session moves on without showing the model answer, so a retry still tests you. */
  onSkipped?: () => void;
}

interface Answer {
  text: string;
  source: AnswerSource;
}

/**
 * Writing one answer: think time, the clock, the text (typed or dictated),
 * and submit or skip. The draft is saved as it changes and whenever the page
 * may go away, so a reload or a trip to the library loses nothing.
 */
export function AnswerPanel({ session, question, questionHeadingId, onSkipped }: AnswerPanelProps) {
  const sessionId = session.id;
  const questionId = question.id;
  const limitSec = session.settings.timeLimitSec;
  const updateDraft = usePracticeStore((s) => s.updateDraft);
  const submitAnswer = usePracticeStore((s) => s.submitAnswer);
  const skipQuestion = usePracticeStore((s) => s.skipQuestion);
  const pauseSession = usePracticeStore((s) => s.pauseSession);
  const resumeSession = usePracticeStore((s) => s.resumeSession);

  // Read once: from here on this component owns the text, and the store only receives it.
  const [restored] = useState(() => usePracticeStore.getState().drafts[draftKey(sessionId, questionId)]);
  const [answer, setAnswer] = useState<Answer>({ text: restored?.text ?? '', source: restored?.source ?? 'typed' });
  const [problem, setProblem] = useState<string | null>(null);
  const [spoken, setSpoken] = useState('');

  // Voice records the answer once dictation starts (by itself, or on Dictate or Record); interviewer records
  // it from the moment the answer clock starts, with the text box hidden until the reveal.
  const input: string = session.settings.input;
  const voice = input === 'voice';
  const interviewer = input === 'interviewer';
  const recordingRef = useRef<RecordingHandle>(null);
  const [recordRequested, setRecordRequested] = useState(false);
  const [recordingFailed, setRecordingFailed] = useState(false);
  const showText = !interviewer || recordingFailed;

  const onStart = useCallback(
    (startedAt: number) => updateDraft(sessionId, questionId, { startedAt, elapsedMs: 0 }),
    [updateDraft, sessionId, questionId],
  );
  const clock = useAnswerClock({
    limitSec,
    thinkSec: session.settings.thinkTimeSec,
    restored: { startedAt: restored?.startedAt ?? null, elapsedMs: restored?.elapsedMs ?? 0 },
    initiallyPaused: session.pausedAt !== null,
    onStart,
  });
  const { elapsedNow, startNow } = clock;

  // Phase changes are spoken from here, so the clock itself never needs to be a live region (it would chatter every second).
  const [heard, setHeard] = useState<ClockState | null>(null);
  if (clock.stage === 'answering' && clock.state.phase !== heard?.phase) {
    const message = announcement(heard, clock.state);
    setHeard(clock.state);
    if (message) setSpoken(message);
  }

  const draft = useDraftAutosave({
    value: answer,
    write: ({ text, source }: Answer) => updateDraft(sessionId, questionId, { text, source, elapsedMs: elapsedNow() }),
    restored: Boolean(restored?.text),
  });
  const { schedule: scheduleSave } = draft;
  // Set once the answer is submitted or skipped: the keys and buttons do nothing more.
  const finished = useRef(false);

  // What Submit will show (the review's code, then the model answer's markdown) is loaded and rendered in
  // idle time while the user writes.
  useEffect(() => warmReveal(question), [question]);

  const appendSpoken = useCallback(
    (words: string) => {
      startNow();
      setAnswer((a) => ({ text: appendDictated(a.text, words), source: nextSource(a.source, a.text, 'dictated') }));
      setProblem(null);
      scheduleSave();
    },
    [startNow, scheduleSave],
  );
  const dictation = useDictation({ onFinal: appendSpoken });

  // Voice and interviewer modes listen from the moment the answer clock runs (after think time), where the
  // browser can recognise speech: voice as if Dictate had been pressed (so it records too), interviewer into
  // the hidden transcript. Once per question: after the user stops it, or the microphone is blocked (the
  // dictation's own message says so), it is not started again.
  const answering = clock.stage === 'answering' && !clock.paused;
  const { start: startDictation, status: dictationStatus } = dictation;
  const autoDictated = useRef(false);
  useEffect(() => {
    if (!(voice || interviewer) || !answering || autoDictated.current || dictationStatus !== 'idle') return;
    autoDictated.current = true;
    startDictation();
  }, [voice, interviewer, answering, dictationStatus, startDictation]);
  // Whether dictation was on when the clock was paused: resuming turns it back on.
  const listeningAtPause = useRef(false);

  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // The answer box has focus from the start (and after Next, which mounts a new panel), so the first words
  // typed land in it, after a draft's words when the session reopens on one (a reload mid-answer).
  // Not in interviewer mode, where it is hidden: the question's heading has focus there.
  useEffect(() => {
    const box = textareaRef.current;
    if (interviewer || !box) return;
    box.focus({ preventScroll: true });
    box.setSelectionRange(box.value.length, box.value.length);
  }, [interviewer]);

  function handleTyping(text: string) {
    if (clock.paused) return;
    clock.startNow();
    setAnswer((a) => ({ text, source: nextSource(a.source, a.text, 'typed') }));
    setProblem(null);
    scheduleSave();
  }

  function timing() {
    const elapsed = clock.elapsedNow();
    return { durationMs: elapsed, timeLimitSec: limitSec, overtimeSec: clockState(limitSec, elapsed).overtimeSec };
  }

  /** Shared by submit and skip: the clock stops for good and a pause must not carry over to the next question. */
  function finish() {
    finished.current = true;
    draft.finish();
    dictation.stop();
    if (clock.paused) resumeSession(sessionId);
  }

  function submit() {
    if (finished.current) return;
    const recorded = recordingRef.current?.hasAudio() ?? false;
    // A recorded answer stands without a transcript (no speech recognition, or nothing typed yet).
    if (!answer.text.trim() && !recorded) {
      setProblem(
        voice || interviewer
          ? 'Record, dictate or write an answer first, or skip this question.'
          : 'Write or dictate an answer first, or skip this question.',
      );
      textareaRef.current?.focus();
      return;
    }
    const time = timing();
    // submitAnswer builds the attempt from the stored draft, so the latest keystrokes go in first.
    updateDraft(sessionId, questionId, { text: answer.text, source: answer.source, elapsedMs: time.durationMs });
    finish();
    // Parts that don't fit this question (Context of "Explain closures…") start as "doesn't apply", stored from the start.
    const attemptId = submitAnswer(sessionId, questionId, time, { ratings: initialRatings(question) });
    // Stops the recorder and saves its audio under the attempt at once; the reveal waits for that save.
    if (recorded) recordingRef.current?.submit(attemptId, answer.text);
  }

  function skip() {
    if (finished.current) return;
    const time = timing();
    finish();
    skipQuestion(sessionId, questionId, time);
    onSkipped?.();
  }

  function togglePause() {
    if (clock.stage !== 'answering' || finished.current) return;
    if (clock.paused) {
      clock.resume();
      resumeSession(sessionId);
      if ((interviewer || listeningAtPause.current) && dictation.status === 'idle') dictation.start();
      setSpoken('Clock resumed');
    } else {
      listeningAtPause.current = dictation.status === 'listening';
      dictation.stop();
      // Saved before pausing, so a reload while paused shows exactly the time on screen.
      draft.flush();
      clock.pause();
      pauseSession(sessionId);
      setSpoken('Clock paused');
    }
  }

  function toggleDictation() {
    if (clock.paused || dictation.status === 'unsupported') return;
    if (dictation.status !== 'listening') clock.startNow();
    // The user's own choice from here on: no automatic start after it.
    autoDictated.current = true;
    if (voice) setRecordRequested(true);
    dictation.toggle();
  }

  useAnswerShortcuts({ submit, pause: togglePause, dictation: toggleDictation });

  const textareaId = useId();
  const words = wordCount(answer.text);
  const pausedHint = clock.paused ? 'Paused: resume the clock to keep answering.' : null;

  return (
    <div className="space-y-4">
      <ClockPanel clock={clock} limitSec={limitSec} onPause={togglePause} onResume={togglePause} spoken={interviewer} />

      {interviewer ? (
        <Suspense>
          <TimeCue
            enabled={answering}
            remainingSec={clock.state.remainingSec}
            limitSec={limitSec}
            answerKey={questionId}
          />
        </Suspense>
      ) : null}

      {voice || interviewer ? (
        <Suspense fallback={<p className="text-sm text-fg-muted">Getting the recorder ready…</p>}>
          <RecordingControl
            handleRef={recordingRef}
            mode={interviewer ? 'interviewer' : 'voice'}
            // Voice: with the dictation that starts by itself (above), or on the user's first Dictate or Record.
            requested={
              interviewer
                ? clock.stage === 'answering'
                : recordRequested || (dictationStatus !== 'unsupported' && clock.stage === 'answering')
            }
            paused={clock.paused}
            onFailedChange={setRecordingFailed}
          />
        </Suspense>
      ) : null}

      {/* Hidden, not removed, in interviewer mode: dictation still fills it, and it opens if recording fails. */}
      <div className="space-y-2" hidden={!showText}>
        <div className="flex items-baseline justify-between gap-3">
          <label htmlFor={textareaId} className="text-sm font-semibold">
            Your answer
          </label>
          <span className="text-xs text-fg-muted" aria-hidden="true">
            {draft.status === 'pending' ? 'Saving…' : draft.status === 'saved' ? 'Draft saved' : ''}
          </span>
        </div>
        <div
          className={cn(
            'relative rounded-2xl border bg-surface shadow-sm transition focus-within:border-accent',
            problem ? toneStyles.danger.border : 'border-border',
            clock.paused && 'bg-surface-muted',
          )}
        >
          <textarea
            ref={textareaRef}
            id={textareaId}
            value={answer.text}
            onChange={(event) => handleTyping(event.target.value)}
            readOnly={clock.paused}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${questionHeadingId ? `${questionHeadingId} ` : ''}${textareaId}-meta${problem ? ` ${textareaId}-problem` : ''}${pausedHint ? ` ${textareaId}-paused` : ''}`}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            placeholder={
              clock.stage === 'thinking'
                ? 'Start typing whenever you are ready: the clock starts with your first word.'
                : voice
                  ? dictation.status === 'listening'
                    ? 'Listening: speak your answer, or type here.'
                    : 'Press Dictate and speak, or type here.'
                  : 'Type your answer as you would say it.'
            }
            rows={9}
            className="block [field-sizing:content] min-h-56 w-full resize-y rounded-2xl bg-transparent px-4 py-3 text-base leading-relaxed outline-none placeholder:text-fg-muted/70 read-only:cursor-not-allowed read-only:text-fg-muted sm:px-5 sm:py-4"
          />
          {clock.paused ? (
            <p
              id={`${textareaId}-paused`}
              className="flex items-center gap-2 border-t border-border px-4 py-2.5 text-sm font-medium sm:px-5"
            >
              <span aria-hidden="true" className="inline-block size-2 rounded-full bg-fg-muted" />
              {pausedHint}
            </p>
          ) : null}
          <DictationPreview text={dictation.interim} className="px-4 pb-3 sm:px-5" />
        </div>
        {problem ? (
          <p id={`${textareaId}-problem`} role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
            {problem}
          </p>
        ) : null}
        <p id={`${textareaId}-meta`} className="text-sm text-fg-muted tabular-nums">
          {words} word{words === 1 ? '' : 's'}
          {words > 0 ? ` · about ${formatDuration(speakingTimeSec(words) * 1000)} to say` : null}
        </p>
      </div>

      {!showText && problem ? (
        <p role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
          {problem}
        </p>
      ) : null}

      {showText ? (
        <DictationControl
          // Through toggleDictation, so the first press also starts the clock and, in voice mode, the recording.
          dictation={{ ...dictation, toggle: toggleDictation }}
          prominent={voice}
          blockedBy={clock.paused ? 'Dictation is off while the clock is paused.' : null}
        />
      ) : null}

      <LinkedStories questionId={questionId} />

      <div className="flex flex-col-reverse gap-3 border-t border-border pt-4 sm:flex-row sm:items-center sm:justify-between">
        <Button variant="ghost" onClick={skip} className="self-start sm:self-auto">
          Skip question
        </Button>
        <div className="flex items-center gap-3">
          <span aria-hidden="true" className="hidden sm:inline-flex">
            <KeyCombo keys={['Ctrl/⌘', 'Enter']} />
          </span>
          <Button
            size="lg"
            onClick={submit}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            className="flex-1 sm:flex-none"
          >
            {interviewer && !recordingFailed ? 'Stop & submit' : 'Submit answer'}
          </Button>
        </div>
      </div>

      <p role="status" aria-live="polite" className="sr-only">
        {spoken}
      </p>
    </div>
  );
}
