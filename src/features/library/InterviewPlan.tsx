import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useMemo, useState } from 'react';

import { Button } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { textLinkClass } from '@/components/ui/styles';
import { toneStyles } from '@/components/ui/tones';
import type { Guide } from '@/content/types';
import { todaysQuestions, type InterviewPlan } from '@/domain/interview-plan';
import type { SessionSettings } from '@/domain/model';
import { DEFAULT_SETUP, MAX_COUNT, normalizeSetup } from '@/domain/selection';
import { cn } from '@/lib/cn';
import { formatDay, plural } from '@/lib/format';
import { loadGuide } from '@/lib/question-bank';
import {
  selectGuideSummaries,
  selectInterviewPlan,
  selectPlannedGuideSlugs,
  useGuideSummaries,
  usePracticeStore,
  useToday,
  type PlannedGuide,
} from '@/stores';

/**
 * The interview plan on screen: the guide page's card (the date, a countdown,
 * what is left to practise and today's share) and the home page's banner
 * (every guide with an interview to come). The numbers are
 * `@/domain/interview-plan`'s; the store gathers its facts.
 */

/** Starts a session of exactly these questions (reviews first, then new ones) and opens it. */
export interface PlanStarter {
  start: (questionIds: readonly string[], guideSlug: string) => void | Promise<void>;
  /** The guide whose plan is starting, while it does. */
  starting: string | null;
  /** Why the last start failed, for that guide. */
  error: { guideSlug: string; message: string } | null;
}

/**
 * The default starter: a session of the plan's questions in order, with the
 * user's usual pacing (time limit, thinking time, typed or spoken), as the
 * practice feature's "Review due" starts one. A route may pass its own.
 */
export function useStartPlan(): PlanStarter {
  const navigate = useNavigate();
  const createSession = usePracticeStore((s) => s.createSession);
  const lastSetup = usePracticeStore((s) => s.settings.lastSetup);
  const [starting, setStarting] = useState<string | null>(null);
  const [error, setError] = useState<PlanStarter['error']>(null);

  async function start(questionIds: readonly string[], guideSlug: string) {
    if (starting) return;
    setError(null);
    const ids = questionIds.slice(0, MAX_COUNT);
    if (ids.length === 0) {
      setError({ guideSlug, message: "Nothing is left in today's plan." });
      return;
    }
    setStarting(guideSlug);
    try {
      const guides = selectGuideSummaries(usePracticeStore.getState());
      const base = normalizeSetup(lastSetup ?? DEFAULT_SETUP, {
        guideSlugs: guides.map((g) => g.slug),
        categories: [...new Set(guides.flatMap((g) => g.categories.map((c) => c.name)))],
      });
      const settings: SessionSettings = {
        ...base,
        guideSlugs: [guideSlug],
        categories: [],
        count: ids.length,
        order: 'due',
      };
      const sessionId = createSession(settings, ids);
      await navigate({ to: '/practice/$sessionId', params: { sessionId } });
    } catch {
      setError({ guideSlug, message: 'The session could not start. Try again.' });
      setStarting(null);
    }
  }

  return { start: (ids, slug) => void start(ids, slug), starting, error };
}

/** "Mon, Jan 12", with the year when it is not this year. */
export function formatInterviewDay(day: number, now: number): string {
  return formatDay(day, { weekday: true, year: new Date(day).getFullYear() !== new Date(now).getFullYear() });
}

/** The guide's plan for today, recomputed when its practice, reviews, date or the day change. */
function useInterviewPlan(guide: PlannedGuide, now: number): InterviewPlan {
  const attempts = usePracticeStore((s) => s.attempts);
  const schedules = usePracticeStore((s) => s.schedules);
  const plans = usePracticeStore((s) => s.plans);
  return useMemo(
    () => selectInterviewPlan({ attempts, schedules, plans }, guide, now),
    [attempts, schedules, plans, guide, now],
  );
}

const NO_SLUGS: readonly string[] = [];

/**
 * Guides' question ids, loaded (a bundled guide is a chunk of its own): a slug
 * maps to its guide once loaded, to null when it could not be, and is missing
 * while it loads.
 */
function useQuestionIds(slugs: readonly string[]): Record<string, PlannedGuide | null> {
  const [loaded, setLoaded] = useState<Record<string, PlannedGuide | null>>({});
  const key = slugs.join('\n');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split('\n') : [];
    // Each guide as it arrives: one slow or failing chunk does not hold up the others.
    for (const slug of wanted) {
      void loadGuide(slug)
        .catch(() => undefined)
        .then((guide) => {
          if (live) setLoaded((before) => ({ ...before, [slug]: guide ? plannedGuide(guide) : null }));
        });
    }
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}

function plannedGuide(guide: Guide): PlannedGuide {
  return { slug: guide.slug, questionIds: guide.questions.map((q) => q.id) };
}

/** "12 days left", "1 day left". */
function countdown(daysLeft: number): string {
  return `${plural(daysLeft, 'day')} left`;
}

/** "6 new, 9 reviews"; "9 reviews" or "6 new" alone when the other is none. */
function newAndReviews(newCount: number, reviews: number): string {
  const parts: string[] = [];
  if (newCount > 0) parts.push(`${newCount} new`);
  if (reviews > 0) parts.push(plural(reviews, 'review'));
  return parts.join(', ');
}

/** What is left of the guide: "38 questions never practised, 9 due for review". */
function standing(plan: Extract<InterviewPlan, { status: 'upcoming' | 'today' }>): string {
  const never =
    plan.neverPractised === 0
      ? 'Every question practised'
      : `${plural(plan.neverPractised, 'question')} never practised`;
  return plan.dueNow === 0 ? `${never}, none due for review` : `${never}, ${plan.dueNow} due for review`;
}

/** Today's line: what is left, then what is done. */
function todayLine(plan: Extract<InterviewPlan, { status: 'upcoming' }>): { left: string; done: string | null } {
  const { newIds, reviewIds, newDone, reviewsDone } = plan.today;
  const left = newAndReviews(newIds.length, reviewIds.length);
  const done = newAndReviews(newDone, reviewsDone);
  if (left) return { left: `Today: ${left}`, done: done ? `Done today: ${done}` : null };
  if (done) return { left: `Today's plan is done: ${done}`, done: null };
  return { left: 'Nothing to practise today', done: null };
}

/** The countdown and today's plan, as the guide page and the home banner show them. */
function PlanSummary({
  plan,
  now,
  titleId,
  loading = false,
}: {
  plan: Extract<InterviewPlan, { status: 'upcoming' }>;
  now: number;
  titleId?: string;
  /** The guide's questions are not loaded yet: the countdown only, its lines kept in place. */
  loading?: boolean;
}) {
  const { left, done } = todayLine(plan);
  return (
    <div className="min-w-0 space-y-1">
      <p id={titleId} className="text-lg font-semibold tracking-tight tabular-nums">
        {countdown(plan.daysLeft)}
        <span className="font-normal text-fg-muted">
          {' '}
          · {plan.daysLeft === 1 ? 'interview tomorrow' : `interview on ${formatInterviewDay(plan.day, now)}`}
        </span>
      </p>
      {loading ? (
        <>
          <p className="text-sm text-fg-muted">Loading today&apos;s plan…</p>
          <p className="text-sm" aria-hidden="true">
            &nbsp;
          </p>
        </>
      ) : (
        <>
          <p className="text-sm text-fg-muted tabular-nums">{standing(plan)}</p>
          <p className="text-sm tabular-nums">
            <span className="font-semibold">{left}</span>
            {done ? <span className="text-fg-muted"> · {done}</span> : null}
          </p>
        </>
      )}
    </div>
  );
}

function StartButton({
  plan,
  guide,
  starter,
  label,
}: {
  plan: InterviewPlan;
  guide: PlannedGuide;
  starter: PlanStarter;
  /** The button's accessible name when several are on one page: it starts with the visible text. */
  label?: string;
}) {
  const questions = todaysQuestions(plan);
  if (questions.length === 0) return null;
  const busy = starter.starting === guide.slug;
  return (
    <Button
      onClick={() => void starter.start(questions, guide.slug)}
      disabled={starter.starting !== null}
      aria-label={label}
      className="self-start sm:self-auto"
    >
      <Icon name="play" />
      {busy ? 'Starting…' : "Start today's plan"}
    </Button>
  );
}

function StartError({ starter, guideSlug }: { starter: PlanStarter; guideSlug: string }) {
  if (starter.error?.guideSlug !== guideSlug) return null;
  return (
    <p role="alert" className={cn('text-sm font-medium', toneStyles.danger.text)}>
      {starter.error.message}
    </p>
  );
}

/** What the date means for reviews, below the plan. */
function scheduleLine(plan: InterviewPlan, now: number): string {
  switch (plan.status) {
    case 'none':
      return 'Set the date of your interview and every question you practise comes back for review before it.';
    case 'passed':
      return `Your interview was on ${formatInterviewDay(plan.day, now)}. That date has passed, so questions come back on their usual schedule.`;
    case 'today':
      return 'Anything due is ready to review now. Clear the date after it and questions come back on their usual schedule.';
    case 'upcoming':
      return `Every question you practise comes back before ${formatInterviewDay(plan.day, now)}.`;
  }
}

/**
 * The guide page's interview card: the date field, then with a date to come a
 * countdown, what is left to practise, today's share and a button to start it.
 */
export function InterviewPlanCard({
  guideSlug,
  guide,
  start,
}: {
  guideSlug: string;
  /** The guide when the page has it already (its questions, live for a guide of one's own); else it is loaded. */
  guide?: Guide;
  /** How to start today's plan; by default `useStartPlan`. */
  start?: PlanStarter;
}) {
  const id = useId();
  const date = usePracticeStore((s) => s.plans[guideSlug]?.interviewDate ?? null);
  const setInterviewDate = usePracticeStore((s) => s.setInterviewDate);
  const now = useToday();
  const fallback = useStartPlan();
  const starter = start ?? fallback;
  const loaded = useQuestionIds(guide || !date ? NO_SLUGS : [guideSlug]);
  const planned = useMemo(
    () => (guide ? plannedGuide(guide) : (loaded[guideSlug] ?? null)),
    [guide, loaded, guideSlug],
  );
  // Until the guide's questions are loaded, the date alone still says what it does for reviews.
  const target = useMemo(() => planned ?? { slug: guideSlug, questionIds: [] }, [planned, guideSlug]);
  const shown = useInterviewPlan(target, now);

  return (
    <Card as="section" aria-label="Interview plan" radius="xl" shadow={false} padding="md" className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-semibold whitespace-nowrap">
          Interview date
        </label>
        <input
          id={id}
          type="date"
          value={date ?? ''}
          onChange={(event) => setInterviewDate(guideSlug, event.target.value || null)}
          aria-describedby={`${id}-plan`}
          className="h-10 min-w-0 rounded-lg border border-border bg-bg px-2.5 text-sm tabular-nums"
        />
        {date ? (
          <Button variant="ghost" size="sm" onClick={() => setInterviewDate(guideSlug, null)}>
            Clear
          </Button>
        ) : null}
      </div>
      <div aria-live="polite" className="space-y-3">
        {shown.status === 'upcoming' && planned ? (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <PlanSummary plan={shown} now={now} />
            <StartButton plan={shown} guide={planned} starter={starter} />
          </div>
        ) : null}
        {shown.status === 'today' ? (
          <p className="text-lg font-semibold tracking-tight">Interview today — good luck</p>
        ) : null}
        <StartError starter={starter} guideSlug={guideSlug} />
        <p id={`${id}-plan`} className="text-sm text-fg-muted">
          {scheduleLine(shown, now)}
        </p>
      </div>
    </Card>
  );
}

/**
 * On the home page: every guide with an interview to come, soonest first,
 * with its countdown, today's plan and a button to start it. Nothing without
 * an interview date.
 */
export function InterviewPlansBanner({ start, className }: { start?: PlanStarter; className?: string } = {}) {
  const now = useToday();
  const summaries = useGuideSummaries();
  const plannedSlugs = usePracticeStore((s) => selectPlannedGuideSlugs(s, now));
  const slugs = useMemo(() => {
    const known = new Set(summaries.map((g) => g.slug));
    return plannedSlugs.filter((slug) => known.has(slug));
  }, [plannedSlugs, summaries]);
  const loaded = useQuestionIds(slugs);
  const fallback = useStartPlan();
  const starter = start ?? fallback;
  // A guide still loading gets its row at once (the countdown needs only the date), so the banner
  // does not push the page down when the numbers arrive; one that cannot load is left out.
  const rows = slugs.filter((slug) => loaded[slug] !== null);
  if (rows.length === 0) return null;

  return (
    <Card as="section" aria-labelledby="interview-plans" padding="xl" className={cn('space-y-4', className)}>
      <h2 id="interview-plans" className="text-lg font-semibold tracking-tight">
        {rows.length === 1 ? 'Your interview' : 'Your interviews'}
      </h2>
      <ul className="divide-y divide-border">
        {rows.map((slug) => (
          <GuidePlanRow
            key={slug}
            slug={slug}
            guide={loaded[slug] ?? undefined}
            title={summaries.find((g) => g.slug === slug)?.title ?? slug}
            now={now}
            starter={starter}
          />
        ))}
      </ul>
    </Card>
  );
}

function GuidePlanRow({
  slug,
  guide,
  title,
  now,
  starter,
}: {
  slug: string;
  /** Undefined while its questions load. */
  guide: PlannedGuide | undefined;
  title: string;
  now: number;
  starter: PlanStarter;
}) {
  const target = useMemo(() => guide ?? { slug, questionIds: [] }, [guide, slug]);
  const plan = useInterviewPlan(target, now);
  const label = `Start today's plan for ${title}`;
  return (
    <li className="space-y-2 py-3 first:pt-0 last:pb-0">
      <Link to="/guides/$slug" params={{ slug }} className={cn('text-sm font-semibold', textLinkClass)}>
        {title}
      </Link>
      {plan.status === 'upcoming' ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <PlanSummary plan={plan} now={now} loading={!guide} />
          {guide ? (
            <StartButton plan={plan} guide={guide} starter={starter} label={label} />
          ) : (
            <Button disabled aria-label={label} className="self-start sm:self-auto">
              <Icon name="play" />
              Start today&apos;s plan
            </Button>
          )}
        </div>
      ) : (
        <p className="text-lg font-semibold tracking-tight">Interview today — good luck</p>
      )}
      <StartError starter={starter} guideSlug={slug} />
    </li>
  );
}
