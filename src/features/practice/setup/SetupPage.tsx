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
  pinned: PinnedQuestion | null;
}

export function SetupPage({ guides, search, pinned }: SetupPageProps) {
  const form = useSetupForm({ guides, search, pinned });
  const { notice } = form.state;

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
          {pinned ? <PinnedCard pinned={pinned} /> : <SelectionFields form={form} />}
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
