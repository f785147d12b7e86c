import { lazy, type ReactNode, Suspense } from 'react';

import { LinkButton } from '@/components/ui/Button';
import { PageHeading } from '@/components/ui/PageHeading';
import { TextLink } from '@/components/ui/TextLink';
import type { Guide, Question } from '@/content/types';
import { useGuideSummaries, usePracticeStore } from '@/stores';

// Only a guide of one's own shows these: a bundled guide's page (the common case, and the Lighthouse-gated one)
// does not download them. One module, so one request when it does.
const parts = () => import('./own-guide-parts');
const OwnGuidePanel = lazy(() => parts().then((m) => ({ default: m.OwnGuidePanel })));
const PasteQuestions = lazy(() => parts().then((m) => ({ default: m.PasteQuestions })));
const QuestionActions = lazy(() => parts().then((m) => ({ default: m.QuestionActions })));
const later = (node: ReactNode) => <Suspense fallback={null}>{node}</Suspense>;

export interface OwnGuideView {
  /** The guide as it is now: the stored record's for a guide of one's own (edits show at once). */
  guide: Guide;
  /** Set when the guide was one's own and is gone (deleted here or in another tab): show this instead. */
  gone?: ReactNode;
  yours?: ReactNode;
  questionActions?: (question: Question) => ReactNode;
  footer?: ReactNode;
  empty?: ReactNode;
}

/**
 * What a guide's page adds when the guide is the user's own, for the route to
 * hand to the library's GuidePage (features do not import each other).
 * `loaded` is the guide as the route's loader found it.
 */
export function useOwnGuideView(loaded: Guide): OwnGuideView {
  const record = usePracticeStore((s) => (Object.hasOwn(s.guides, loaded.slug) ? s.guides[loaded.slug] : undefined));
  const listed = useGuideSummaries().some((summary) => summary.slug === loaded.slug);
  if (!record) return listed ? { guide: loaded } : { guide: loaded, gone: <GuideGone /> };
  const guide = record.guide;
  if (record.origin !== 'written') return { guide, yours: later(<OwnGuidePanel record={record} />) };
  return {
    guide,
    yours: later(<OwnGuidePanel record={record} />),
    questionActions: (question) => later(<QuestionActions guide={guide} question={question} />),
    footer: later(<PasteQuestions guide={guide} />),
    empty: (
      <div className="rounded-2xl border border-dashed border-border px-6 py-10 text-center">
        <h2 className="text-lg font-semibold">No questions yet</h2>
        <p className="mt-2 text-fg-muted">Write one with its model answer, or paste a list of them below.</p>
        <LinkButton to="/write" search={{ guide: guide.slug }} className="mt-5">
          Write a question
        </LinkButton>
      </div>
    ),
  };
}

function GuideGone() {
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeading>This guide was deleted</PageHeading>
      <p className="text-fg-muted">Your answers to its questions are still in your history.</p>
      <TextLink to="/">Back to the library</TextLink>
    </div>
  );
}
