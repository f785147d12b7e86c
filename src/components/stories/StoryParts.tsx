/**
 * A STAR story's written parts, Situation to Result then the numbers to
 * remember, as a compact description list: the answering screen's linked
 * stories, the reveal's "Story you told" and the history replay show it.
 * Imports only the parts' names, so the answering screen's chunk stays small.
 */
import { STORY_PART_LABELS, STORY_PARTS } from '@/domain/stories/parts';
import type { StoryFields } from '@/domain/stories/types';
import { cn } from '@/lib/cn';

type StoryText = Pick<StoryFields, 'situation' | 'task' | 'action' | 'result' | 'numbers'>;

export function StoryParts({ story, className }: { story: StoryText; className?: string }) {
  const parts = [...STORY_PARTS, 'numbers' as const]
    .map((part) => ({ part, label: STORY_PART_LABELS[part], text: story[part].trim() }))
    .filter((p) => p.text !== '');
  if (parts.length === 0) return <p className={cn('text-sm text-fg-muted', className)}>Nothing written yet.</p>;
  return (
    <dl className={cn('space-y-2 text-sm', className)}>
      {parts.map(({ part, label, text }) => (
        <div key={part}>
          <dt className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{label}</dt>
          <dd className="mt-0.5 leading-relaxed whitespace-pre-line">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
