import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';

import type { GuideSummary } from '@/content/types';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { textLinkClass } from '@/components/ui/styles';
import type { AnswerInput, QuestionOrder, SessionSettings, ThinkTime, TimeLimit } from '@/domain/model';
import { DEFAULT_SETUP, MAX_COUNT, MIN_COUNT } from '@/domain/selection';
import { cn } from '@/lib/cn';
import { useDueInGuides, usePracticeStore } from '@/stores';

import { getSpeechRecognition } from '../dictation/speech';
import { tones } from '@/components/ui/tones';
import {
  choiceLabel,
  INPUT_CHOICES,
  ORDER_CHOICES,
  THINK_TIME_CHOICES,
  TIME_LIMIT_CHOICES,
  type Choice,
} from './options';
import {
  categoriesOf,
  matchingCount,
  prefillSetup,
  toStoredSettings,
  type PinnedQuestion,
  type SetupSearch,
} from './prefill';
import { chooseQuestions, useStartDueReview } from './start';

interface SetupPageProps {
  guides: GuideSummary[];
  search: SetupSearch;
  pinned: PinnedQuestion | null;
}

interface Errors {
  guides?: string;
  categories?: string;
  count?: string;
  /** About the whole selection or starting: shown by the Start button. */
  form?: string;
}

const cardClass = 'rounded-2xl border border-border bg-surface p-5 shadow-sm sm:p-6';
const legendClass = 'text-base font-semibold tracking-tight';
// A floated legend lays out like any block, so a control can sit beside it.
const floatingLegendClass = cn(legendClass, 'float-left');
const errorClass = cn('mt-3 flex items-start gap-1.5 text-sm font-medium', tones.dangerText);

export function SetupPage({ guides, search, pinned }: SetupPageProps) {
  const navigate = useNavigate();
  const createSession = usePracticeStore((s) => s.createSession);
  const setLastSetup = usePracticeStore((s) => s.setLastSetup);
  const lastSetup = usePracticeStore((s) => s.settings.lastSetup);
  // The form starts from the stored setup once; later store changes must not overwrite what the user is editing.
  const [prefill] = useState(() => prefillSetup(guides, lastSetup, search, pinned));

  const [guideSlugs, setGuideSlugs] = useState(prefill.settings.guideSlugs);
  // Unticked categories rather than ticked ones, so a category that arrives with a newly chosen guide starts ticked.
  const [excluded, setExcluded] = useState(() =>
    categoriesOf(guides, prefill.settings.guideSlugs)
      .map((c) => c.name)
      .filter((name) => !prefill.settings.categories.includes(name)),
  );
  const [countText, setCountText] = useState(String(prefill.settings.count));
  const [order, setOrder] = useState<QuestionOrder>(prefill.settings.order);
  const [timeLimitSec, setTimeLimitSec] = useState<TimeLimit>(prefill.settings.timeLimitSec);
  const [thinkTimeSec, setThinkTimeSec] = useState<ThinkTime>(prefill.settings.thinkTimeSec);
  const [input, setInput] = useState<AnswerInput>(prefill.settings.input);
  const [errors, setErrors] = useState<Errors>({});
  const [starting, setStarting] = useState(false);

  const guidesRef = useRef<HTMLFieldSetElement>(null);
  const categoriesRef = useRef<HTMLFieldSetElement>(null);
  const countRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);

  const offered = categoriesOf(guides, guideSlugs);
  const categories = offered.map((c) => c.name).filter((name) => !excluded.includes(name));
  const matching = pinned ? 1 : matchingCount(guides, guideSlugs, categories);
  const count = parseCount(countText);
  const planned = pinned ? 1 : Math.min(count ?? 0, matching);

  function validate(): Errors {
    if (pinned) return {};
    const found: Errors = {};
    if (guideSlugs.length === 0) found.guides = 'Choose at least one guide.';
    else if (categories.length === 0) found.categories = 'Choose at least one category.';
    else if (matching === 0) found.categories = 'These guides have no questions in the chosen categories.';
    if (count === null) found.count = `Enter how many questions you want, from ${MIN_COUNT} to ${MAX_COUNT}.`;
    return found;
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (starting) return;
    const found = validate();
    setErrors(found);
    if (found.guides) return focusFirst(guidesRef.current);
    if (found.categories) return focusFirst(categoriesRef.current);
    if (found.count) return countRef.current?.focus();

    const form: SessionSettings = {
      guideSlugs: pinned ? [pinned.guideSlug] : guideSlugs,
      categories: pinned ? [] : categories,
      count: pinned ? 1 : (count ?? 1),
      order,
      timeLimitSec,
      thinkTimeSec,
      input,
    };
    setStarting(true);
    try {
      const questionIds = pinned ? [pinned.question.id] : await chooseQuestions(toStoredSettings(form, guides));
      if (questionIds.length === 0) {
        setErrors({ form: 'No questions match these choices. Choose more guides or categories.' });
        setStarting(false);
        formErrorRef.current?.focus();
        return;
      }
      const settings = pinned
        ? { ...form, guideSlugs: [pinned.guideSlug], categories: [], count: 1 }
        : toStoredSettings(form, guides);
      const sessionId = createSession(settings, questionIds);
      // A one-question session from the library keeps the stored choice of guides; only the pacing carries over.
      setLastSetup(pinned ? { ...(lastSetup ?? DEFAULT_SETUP), timeLimitSec, thinkTimeSec, input } : settings);
      await navigate({ to: '/practice/$sessionId', params: { sessionId } });
    } catch (error) {
      setErrors({
        form: `The questions could not be loaded${error instanceof Error ? ` (${error.message})` : ''}. Try again.`,
      });
      setStarting(false);
      formErrorRef.current?.focus();
    }
  }

  function toggleGuide(slug: string, on: boolean) {
    setGuideSlugs((current) => guides.map((g) => g.slug).filter((s) => (s === slug ? on : current.includes(s))));
    setErrors(({ guides: _g, form: _f, ...rest }) => rest);
  }

  function toggleCategory(name: string, on: boolean) {
    setExcluded((current) => (on ? current.filter((c) => c !== name) : [...current, name]));
    setErrors(({ categories: _c, form: _f, ...rest }) => rest);
  }

  const speechSupported = getSpeechRecognition() !== undefined;
  const hasErrors = Boolean(errors.guides || errors.categories || errors.count || errors.form);

  return (
    <div className="space-y-8">
      <header className="max-w-2xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">Practice session</h1>
        <p className="text-lg text-fg-muted">
          {pinned
            ? 'Answer one question against the clock, then compare with the model answer.'
            : 'Choose what to practise and how. Your choices are remembered for next time.'}
        </p>
      </header>

      {pinned ? null : <DueReview guides={guides} />}

      {prefill.notice ? (
        <p
          role="status"
          className="flex items-start gap-2 rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm"
        >
          <InfoIcon />
          {prefill.notice}
        </p>
      ) : null}

      <form
        noValidate
        onSubmit={(event) => void start(event)}
        aria-label="Practice setup"
        className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-8"
      >
        <div className="min-w-0 space-y-6">
          {pinned ? (
            <section aria-labelledby="pinned-heading" className={cardClass}>
              <p className="text-xs font-semibold tracking-wide text-accent uppercase">{pinned.guideTitle}</p>
              <h2 id="pinned-heading" className="mt-2 text-lg leading-snug font-semibold text-pretty">
                {pinned.question.text}
              </h2>
              <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                <Badge variant="accent">{pinned.question.category}</Badge>
                <Link to="/practice/new" className={textLinkClass}>
                  Choose questions instead
                </Link>
              </div>
            </section>
          ) : (
            <>
              <div className={cardClass}>
                <fieldset
                  ref={guidesRef}
                  aria-describedby={errors.guides ? 'setup-guides-error' : undefined}
                  className="min-w-0"
                >
                  <legend className={floatingLegendClass}>Guides</legend>
                  {guides.length > 1 ? (
                    <SelectAll
                      all={guideSlugs.length === guides.length}
                      onAll={() => setGuideSlugs(guides.map((g) => g.slug))}
                      onNone={() => setGuideSlugs([])}
                    />
                  ) : null}
                  {guides.length === 0 ? (
                    <p className="clear-both pt-3 text-sm text-fg-muted">There are no guides in the library yet.</p>
                  ) : (
                    <ul className="clear-both grid max-h-[26rem] gap-2 overflow-y-auto p-0.5 pt-3.5 sm:grid-cols-2">
                      {guides.map((guide) => (
                        <li key={guide.slug}>
                          <CheckCard
                            checked={guideSlugs.includes(guide.slug)}
                            onChange={(on) => toggleGuide(guide.slug, on)}
                            label={guide.title}
                            meta={`${guide.questionCount} question${guide.questionCount === 1 ? '' : 's'}`}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                  {errors.guides ? <FieldError id="setup-guides-error">{errors.guides}</FieldError> : null}
                </fieldset>
              </div>

              <div className={cardClass}>
                <fieldset
                  ref={categoriesRef}
                  aria-describedby={errors.categories ? 'setup-categories-error' : undefined}
                  className="min-w-0"
                >
                  <legend className={floatingLegendClass}>Categories</legend>
                  {offered.length > 1 ? (
                    <SelectAll
                      all={categories.length === offered.length}
                      onAll={() => setExcluded([])}
                      onNone={() => setExcluded(offered.map((c) => c.name))}
                    />
                  ) : null}
                  {offered.length === 0 ? (
                    <p className="clear-both pt-3 text-sm text-fg-muted">Choose a guide to see its categories.</p>
                  ) : (
                    <ul className="clear-both flex flex-wrap gap-2 pt-3">
                      {offered.map(({ name, count: inCategory }) => (
                        <li key={name}>
                          <label className="group inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-full border border-border bg-surface px-3.5 text-sm font-medium transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
                            <input
                              type="checkbox"
                              className="sr-only"
                              checked={categories.includes(name)}
                              onChange={(event) => toggleCategory(name, event.target.checked)}
                            />
                            <CheckMark />
                            {name}
                            <span className="text-xs text-fg-muted tabular-nums">{inCategory}</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  )}
                  {errors.categories ? <FieldError id="setup-categories-error">{errors.categories}</FieldError> : null}
                </fieldset>
              </div>

              <div className={cn(cardClass, 'grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]')}>
                <CountField
                  inputRef={countRef}
                  value={countText}
                  onChange={(value) => {
                    setCountText(value);
                    setErrors(({ count: _c, form: _f, ...rest }) => rest);
                  }}
                  matching={matching}
                  error={errors.count}
                />
                <ChoiceGroup legend="Order" choices={ORDER_CHOICES} value={order} onChange={setOrder} columns={2} />
              </div>
            </>
          )}

          <div className={cn(cardClass, 'grid gap-6 md:grid-cols-2')}>
            <ChoiceGroup
              legend="Time per answer"
              choices={TIME_LIMIT_CHOICES}
              value={timeLimitSec}
              onChange={setTimeLimitSec}
              columns={4}
            />
            <ChoiceGroup
              legend="Think time first"
              choices={THINK_TIME_CHOICES}
              value={thinkTimeSec}
              onChange={setThinkTimeSec}
              columns={3}
            />
            <div className="md:col-span-2">
              <ChoiceGroup
                legend="Answer by"
                choices={INPUT_CHOICES}
                value={input}
                onChange={setInput}
                columns={2}
                description={
                  input === 'voice' && !speechSupported
                    ? 'This browser has no speech recognition, so you will type instead. Chrome, Edge and Safari can dictate.'
                    : input === 'voice'
                      ? 'Dictation uses your browser’s speech recognition, which may send audio to its vendor unless it can run on this device.'
                      : undefined
                }
              />
            </div>
          </div>
        </div>

        <aside aria-labelledby="setup-summary" className={cn(cardClass, 'space-y-5 lg:sticky lg:top-20')}>
          <div className="space-y-1">
            <h2 id="setup-summary" className="text-sm font-semibold tracking-wide text-fg-muted uppercase">
              Your session
            </h2>
            <p className="text-2xl font-semibold tracking-tight tabular-nums">
              {planned} question{planned === 1 ? '' : 's'}
            </p>
            {!pinned && count !== null && count > matching && matching > 0 ? (
              <p className="text-sm text-fg-muted">Only {matching} match your choices, so all of them are asked.</p>
            ) : null}
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {pinned ? null : (
              <>
                <dt className="text-fg-muted">Order</dt>
                <dd className="text-right font-medium">{choiceLabel(ORDER_CHOICES, order)}</dd>
              </>
            )}
            <dt className="text-fg-muted">Per answer</dt>
            <dd className="text-right font-medium">
              {timeLimitSec === 0 ? 'No limit' : choiceLabel(TIME_LIMIT_CHOICES, timeLimitSec)}
            </dd>
            <dt className="text-fg-muted">Think time</dt>
            <dd className="text-right font-medium">
              {thinkTimeSec === 0 ? 'None' : choiceLabel(THINK_TIME_CHOICES, thinkTimeSec)}
            </dd>
            <dt className="text-fg-muted">Answer by</dt>
            <dd className="text-right font-medium">{choiceLabel(INPUT_CHOICES, input)}</dd>
            {timeLimitSec > 0 && planned > 0 ? (
              <>
                <dt className="text-fg-muted">About</dt>
                <dd className="text-right font-medium tabular-nums">
                  {Math.ceil((planned * (timeLimitSec + thinkTimeSec)) / 60)} min of answering
                </dd>
              </>
            ) : null}
          </dl>

          <div ref={formErrorRef} tabIndex={-1} role="alert" className="outline-none">
            {errors.form ? (
              <p className={cn(errorClass, 'mt-0')}>
                <WarningIcon />
                {errors.form}
              </p>
            ) : hasErrors ? (
              <p className={cn(errorClass, 'mt-0')}>
                <WarningIcon />
                Fix the highlighted choices to start.
              </p>
            ) : null}
          </div>

          <Button type="submit" size="lg" className="w-full" disabled={starting}>
            <Icon name="play" />
            {starting ? 'Starting…' : 'Start practice'}
          </Button>
        </aside>
      </form>
    </div>
  );
}

/** One click to review everything due today, skipping the form. */
function DueReview({ guides }: { guides: readonly GuideSummary[] }) {
  const due = useDueInGuides(guides);
  const { start, starting, error } = useStartDueReview();
  if (due.length === 0) return null;
  return (
    <section
      aria-label="Due for review"
      className="flex flex-col gap-3 rounded-xl border border-accent/40 bg-accent-soft px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
    >
      <div className="space-y-1 text-sm">
        <p>
          <span className="font-semibold tabular-nums">
            {due.length} question{due.length === 1 ? ' is' : 's are'} due for review
          </span>{' '}
          <span className="text-fg-muted">with your usual pacing.</span>
        </p>
        {error ? (
          <p role="alert" className={cn('font-medium', tones.dangerText)}>
            {error}
          </p>
        ) : null}
      </div>
      <Button variant="secondary" onClick={start} disabled={starting} className="self-start sm:self-auto">
        <Icon name="play" />
        {starting ? 'Starting…' : `Review due (${due.length})`}
      </Button>
    </section>
  );
}

function parseCount(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_COUNT && n <= MAX_COUNT ? n : null;
}

function focusFirst(fieldset: HTMLFieldSetElement | null) {
  (fieldset?.querySelector<HTMLElement>('input') ?? fieldset?.querySelector<HTMLElement>('button'))?.focus();
}

function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className={errorClass}>
      <WarningIcon />
      {children}
    </p>
  );
}

function SelectAll({ all, onAll, onNone }: { all: boolean; onAll: () => void; onNone: () => void }) {
  return (
    <button
      type="button"
      onClick={all ? onNone : onAll}
      // Floated beside the (floated) legend, which has to stay the fieldset's first child to name it.
      className="float-right -mt-1.5 min-h-9 rounded-md px-1 text-sm font-medium text-accent hover:underline"
    >
      {all ? 'Clear all' : 'Select all'}
    </button>
  );
}

function CheckCard({
  checked,
  onChange,
  label,
  meta,
}: {
  checked: boolean;
  onChange: (on: boolean) => void;
  label: string;
  meta: string;
}) {
  return (
    <label className="grid h-full cursor-pointer grid-cols-[auto_minmax(0,1fr)] content-start gap-x-3 rounded-xl border border-border p-3.5 transition hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-4.5 accent-accent focus-visible:outline-none"
      />
      <span className="leading-snug font-medium text-pretty">{label}</span>
      <span className="col-start-2 mt-0.5 text-sm text-fg-muted">{meta}</span>
    </label>
  );
}

function CountField({
  inputRef,
  value,
  onChange,
  matching,
  error,
}: {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  onChange: (value: string) => void;
  matching: number;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={legendClass}>
        Questions
      </label>
      <div className="mt-3 flex items-center gap-3">
        <input
          ref={inputRef}
          id={id}
          type="number"
          inputMode="numeric"
          min={MIN_COUNT}
          max={MAX_COUNT}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          className="h-11 w-20 rounded-lg border border-border bg-bg px-3 text-base font-semibold tabular-nums aria-invalid:border-[color:light-dark(#dc2626,#f87171)]"
        />
        <span id={`${id}-hint`} className="text-sm text-fg-muted">
          of {matching} matching
        </span>
      </div>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}

function ChoiceGroup<T extends string | number>({
  legend,
  choices,
  value,
  onChange,
  columns,
  description,
}: {
  legend: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  columns: 2 | 3 | 4;
  description?: string;
}) {
  const name = useId();
  const hasHints = choices.some((c) => c.hint);
  return (
    <fieldset className="min-w-0" aria-describedby={description ? `${name}-description` : undefined}>
      <legend className={legendClass}>{legend}</legend>
      <div
        className={cn(
          'mt-3 grid gap-2',
          columns === 4 && 'grid-cols-4',
          columns === 3 && (hasHints ? 'sm:grid-cols-3' : 'grid-cols-3'),
          columns === 2 && 'grid-cols-2',
        )}
      >
        {choices.map((choice) => (
          <label
            key={String(choice.value)}
            className={cn(
              'flex min-h-11 cursor-pointer flex-col justify-center rounded-lg border border-border bg-surface px-3 py-2 text-sm transition select-none hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus',
              hasHints ? 'items-start text-left' : 'items-center text-center',
            )}
          >
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
              className="sr-only"
            />
            <span className="font-semibold">{choice.label}</span>
            {choice.hint ? <span className="mt-0.5 text-xs text-fg-muted">{choice.hint}</span> : null}
          </label>
        ))}
      </div>
      {description ? (
        <p id={`${name}-description`} className="mt-3 text-sm text-fg-muted">
          {description}
        </p>
      ) : null}
    </fieldset>
  );
}

function CheckMark() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="hidden size-3.5 group-has-checked:block">
      <path
        d="M3.5 8.5 6.5 11.5 12.5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function WarningIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-4 shrink-0 fill-current">
      <path d="M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 11.2a1 1 0 1 0 0 2 1 1 0 0 0 0-2ZM10 5a1 1 0 0 0-1 1v5a1 1 0 1 0 2 0V6a1 1 0 0 0-1-1Z" />
    </svg>
  );
}

function InfoIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" className="mt-0.5 size-4 shrink-0 fill-current text-fg-muted">
      <path d="M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 7a1 1 0 0 0-1 1v4a1 1 0 1 0 2 0v-4a1 1 0 0 0-1-1Zm0-3.5a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2Z" />
    </svg>
  );
}
