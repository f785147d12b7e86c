import { LinkButton } from '@/components/ui/Button';
import { Card } from '@/components/ui/Card';
import { Icon } from '@/components/ui/Icon';
import { guideSlugOfQuestion } from '@/content/ids';
import type { GuideSummary } from '@/content/types';
import { selectUnfinishedSession, usePracticeStore } from '@/stores';

/** The banners' layout: words, then the action (beside them from sm up). */
export const bannerLayout = 'flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between';

/** Shown on the library while a practice session is still active, so it is one click to pick it back up. */
export function ContinueBanner({ guides }: { guides: readonly GuideSummary[] }) {
  const session = usePracticeStore(selectUnfinishedSession);
  if (!session) return null;

  const total = session.questionIds.length;
  const position = Math.min(session.currentIndex + 1, total);
  // A session over all guides has no guide filter: name the guides its questions come from instead.
  const slugs =
    session.settings.guideSlugs.length > 0
      ? session.settings.guideSlugs
      : [...new Set(session.questionIds.map(guideSlugOfQuestion))];
  const titles = slugs.map((slug) => guides.find((guide) => guide.slug === slug)?.title ?? slug);
  const shown = titles.slice(0, 2).join(', ');
  const more = titles.length > 2 ? ` and ${titles.length - 2} more` : '';

  return (
    <Card
      as="section"
      aria-labelledby="continue-session"
      padding="xl"
      tone="accent"
      shadow={false}
      className={bannerLayout}
    >
      <div className="min-w-0 space-y-2">
        <h2 id="continue-session" className="text-lg font-semibold tracking-tight">
          Continue your session
        </h2>
        <p className="text-sm text-fg-muted">
          {shown ? (
            <span className="font-medium text-fg">
              {shown}
              {more}
            </span>
          ) : (
            'Practice session'
          )}
          {session.pausedAt !== null ? ' · paused' : null}
        </p>
        <div className="flex items-center gap-3">
          <progress
            value={position}
            max={total}
            aria-label="Session progress"
            className="h-1.5 w-32 overflow-hidden rounded-full bg-surface [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-surface [&::-webkit-progress-value]:bg-accent"
          />
          <span className="text-sm font-semibold tabular-nums">
            Question {position} of {total}
          </span>
        </div>
      </div>
      <LinkButton to="/practice/$sessionId" params={{ sessionId: session.id }} className="self-start sm:self-auto">
        Continue
        <Icon name="arrowRight" />
      </LinkButton>
    </Card>
  );
}
