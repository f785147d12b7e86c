/**
 * The answer's words with its fillers, hedges and repeated words marked (`deliverySpans`), and a legend.
 * Each kind differs by its underline as well as its colour, and each mark says its kind to screen
 * readers, so colour is never the only cue.
 */
import { Fragment, useMemo, type ReactNode } from 'react';

import type { DeliverySpan } from '@/domain/delivery/types';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

type Kind = DeliverySpan['kind'];

const KINDS: readonly Kind[] = ['filler', 'hedge', 'repeat'];

const KIND_INFO: Record<Kind, { label: string; many: string; mark: string }> = {
  filler: {
    label: 'filler',
    many: 'fillers',
    mark: 'bg-warning-soft text-warning-soft-fg decoration-warning underline decoration-2 underline-offset-2',
  },
  hedge: {
    label: 'hedge',
    many: 'hedges',
    mark: 'bg-info-soft text-info-soft-fg decoration-info underline decoration-dashed decoration-2 underline-offset-2',
  },
  repeat: {
    label: 'repeated word',
    many: 'repeated words',
    mark: 'bg-danger-soft text-danger-soft-fg decoration-danger underline decoration-dotted decoration-2 underline-offset-2',
  },
};

/** Spans in order, inside the text and not overlapping (the function promises it; a stale record may not). */
function cleanSpans(text: string, spans: readonly DeliverySpan[]): DeliverySpan[] {
  const sorted = [...spans]
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length && KINDS.includes(s.kind))
    .sort((a, b) => a.start - b.start);
  const kept: DeliverySpan[] = [];
  for (const span of sorted) if (kept.length === 0 || span.start >= kept[kept.length - 1]!.end) kept.push(span);
  return kept;
}

export function HighlightedTranscript({
  text,
  spans,
  className,
}: {
  text: string;
  spans: readonly DeliverySpan[];
  className?: string;
}) {
  const marks = useMemo(() => cleanSpans(text, spans), [text, spans]);
  const counts = useMemo(() => {
    const byKind: Record<Kind, number> = { filler: 0, hedge: 0, repeat: 0 };
    for (const span of marks) byKind[span.kind]++;
    return byKind;
  }, [marks]);

  const pieces: ReactNode[] = [];
  let at = 0;
  marks.forEach((span, index) => {
    if (span.start > at) pieces.push(<Fragment key={`t${index}`}>{text.slice(at, span.start)}</Fragment>);
    pieces.push(
      <mark key={`m${index}`} className={cn('rounded-sm px-0.5', KIND_INFO[span.kind].mark)}>
        {text.slice(span.start, span.end)}
        <span className="sr-only"> ({KIND_INFO[span.kind].label})</span>
      </mark>,
    );
    at = span.end;
  });
  if (at < text.length) pieces.push(<Fragment key="rest">{text.slice(at)}</Fragment>);

  const shown = KINDS.filter((kind) => counts[kind] > 0);

  return (
    <div className={cn('space-y-2', className)}>
      {shown.length > 0 ? (
        <ul aria-label="Marked in your words" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
          {shown.map((kind) => (
            <li key={kind} className="flex items-center gap-1.5">
              <mark aria-hidden="true" className={cn('rounded-sm px-1 text-[0.6875rem]', KIND_INFO[kind].mark)}>
                Aa
              </mark>
              {plural(counts[kind], KIND_INFO[kind].label, KIND_INFO[kind].many)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-xs text-fg-muted">No fillers, hedges or repeated words found.</p>
      )}
      <p className="text-sm leading-relaxed break-words whitespace-pre-wrap text-fg">{pieces}</p>
    </div>
  );
}
