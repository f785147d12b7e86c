import { Link } from '@tanstack/react-router';

import { Badge } from '@/components/ui/Badge';
import { Card } from '@/components/ui/Card';
import { textLinkClass } from '@/components/ui/styles';
import type { GuideSummary } from '@/content/types';

import { DueReview } from './DueReview';
import { PacingFields } from './PacingFields';
import { Glyph } from './parts';
import type { PinnedQuestion, SetupSearch } from './search';
import { SelectionFields } from './SelectionFields';
import { SessionPlan } from './SessionPlan';
import { useSetupForm } from './useSetupForm';

interface SetupPageProps {
  guides: readonly GuideSummary[];
  search: SetupSearch;
  /** The linked questions found in the library, in order (empty: no link, or none found). */
  pinned: readonly PinnedQuestion[];
  /** How many linked questions are not in the library. */
  missing?: number;
}

export function SetupPage({ guides, search, pinned, missing = 0 }: SetupPageProps) {
  const form = useSetupForm({ guides, search, pinned, missing });
  const { notice } = form.state;
  const isPinned = pinned.length > 0;

  return (
    <div className="space-y-8">
      <header className="max-w-2xl space-y-2">
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl">Practice session</h1>
        <p className="text-lg text-fg-muted">
          {pinned.length === 1
            ? 'Answer one question against the clock, then compare with the model answer.'
            : isPinned
              ? 'Answer these questions against the clock, then compare with the model answers.'
              : 'Choose what to practise and how. Your choices are remembered for next time.'}
        </p>
      </header>

      {isPinned ? null : <DueReview guides={guides} />}

      {notice ? (
        <p
          role="status"
          className="flex items-start gap-2 rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm"
        >
          <Glyph kind="info" />
          {notice}
        </p>
      ) : null}

      <form
        noValidate
        onSubmit={form.onSubmit}
        aria-label="Practice setup"
        className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-8"
      >
        <div className="min-w-0 space-y-6">
          {pinned.length === 1 ? (
            <PinnedCard pinned={pinned[0]!} />
          ) : isPinned ? (
            <PinnedList pinned={pinned} />
          ) : (
            <SelectionFields form={form} />
          )}
          <PacingFields form={form} />
        </div>
        <SessionPlan form={form} />
      </form>
    </div>
  );
}

/** The one question a library link chose, in place of the guide and category choices. */
function PinnedCard({ pinned }: { pinned: PinnedQuestion }) {
  return (
    <Card as="section" aria-labelledby="pinned-heading" padding="xl">
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
    </Card>
  );
}

/** Several questions a link chose (from a search), in the order they will be asked. */
function PinnedList({ pinned }: { pinned: readonly PinnedQuestion[] }) {
  return (
    <Card as="section" aria-labelledby="pinned-heading" padding="xl">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="pinned-heading" className="text-lg font-semibold tracking-tight">
          {pinned.length} questions from your search
        </h2>
        <Link to="/practice/new" className={textLinkClass}>
          Choose questions instead
        </Link>
      </div>
      <ol className="mt-4 max-h-[26rem] space-y-2 overflow-y-auto">
        {pinned.map(({ question, guideTitle }, index) => (
          <li
            key={question.id}
            className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 rounded-xl border border-border p-3 text-sm"
          >
            <span className="font-semibold text-fg-muted tabular-nums">{index + 1}.</span>
            <span className="leading-snug font-medium text-pretty">{question.text}</span>
            <span className="col-start-2 mt-1 text-xs text-fg-muted">
              {guideTitle} · {question.category}
            </span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
