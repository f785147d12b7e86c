import { useDeferredValue, useId, useMemo, useState } from 'react';

import { fieldControlClass } from '@/components/ui/Field';
import { Icon } from '@/components/ui/Icon';
import type { GuideSummary } from '@/content/types';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';

import { filterGuides, indexGuides } from './guide-search';
import { FieldError, legendClass } from './parts';
import { CardItem, PickList } from './PickList';
import type { SetupForm } from './useSetupForm';

/** Up to this many guides the picker is a plain checklist; past it, a search with the chosen guides as chips. */
export const CHECKLIST_MAX = 8;
/** Matching guides drawn at a time ("Show more" draws the next ones). */
export const PAGE_SIZE = 50;
/** Chosen guides drawn as chips before "Show all". */
const CHIPS_SHOWN = 12;

const linkButtonClass = 'min-h-9 rounded-md px-1 text-sm font-medium text-accent hover:underline disabled:opacity-50';

/** The guides to practise: a checklist for a handful, a search for a library of hundreds. */
export function GuidePicker({ form }: { form: SetupForm }) {
  return form.state.guides.length > CHECKLIST_MAX ? <GuideSearchPicker form={form} /> : <GuideChecklist form={form} />;
}

function GuideChecklist({ form }: { form: SetupForm }) {
  const { state, dispatch, guidesRef } = form;
  const chosen = new Set(state.guideSlugs);
  const items = state.guides.map((guide) => ({
    key: guide.slug,
    label: guide.title,
    meta: plural(guide.questionCount, 'question'),
    checked: chosen.has(guide.slug),
  }));
  return (
    <PickList
      legend="Guides"
      note={state.reason}
      fieldsetRef={guidesRef}
      variant="card"
      items={items}
      onToggle={(slug, on) => dispatch({ type: 'toggleGuide', slug, on })}
      onAll={(on) => dispatch({ type: 'setAllGuides', on })}
      empty="There are no guides in the library yet."
      error={state.errors.guides}
      errorId="setup-guides-error"
    />
  );
}

function GuideSearchPicker({ form }: { form: SetupForm }) {
  const { state, dispatch, guidesRef } = form;
  const { guides, guideSlugs } = state;
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Typing stays quick on a slow phone: the list follows a beat behind.
  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => indexGuides(guides), [guides]);
  const matches = useMemo(() => filterGuides(index, deferredQuery), [index, deferredQuery]);
  const shown = matches.slice(0, limit);
  const chosen = new Set(guideSlugs);
  const error = state.errors.guides;
  const errorId = 'setup-guides-error';
  const searching = deferredQuery.trim() !== '';
  const status = searching
    ? matches.length === 0
      ? `No guide matches “${deferredQuery.trim()}”.`
      : `${plural(matches.length, 'guide')} match${matches.length === 1 ? 'es' : ''}`
    : `${plural(guides.length, 'guide')} in the library`;
  const addable = shown.filter((g) => !chosen.has(g.slug));

  return (
    <fieldset ref={guidesRef} aria-describedby={error ? errorId : undefined} className="min-w-0 space-y-4">
      <legend className={cn(legendClass, 'float-left')}>Guides</legend>
      <div className="clear-both space-y-4">
        {state.reason ? <p className="text-sm text-fg-muted">{state.reason}</p> : null}
        <SelectedGuides form={form} />
        <div>
          <label htmlFor={searchId} className="text-sm font-medium">
            Find guides
          </label>
          <div className="relative mt-1.5">
            <Icon
              name="search"
              className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-fg-muted"
            />
            <input
              id={searchId}
              type="search"
              value={query}
              autoComplete="off"
              spellCheck={false}
              placeholder="Search by title or tag"
              onChange={(event) => {
                setQuery(event.target.value);
                setLimit(PAGE_SIZE);
              }}
              className={cn(fieldControlClass, 'pl-9')}
            />
          </div>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          <p role="status" className="text-sm text-fg-muted tabular-nums">
            {status}
          </p>
          <button
            type="button"
            className={linkButtonClass}
            disabled={addable.length === 0}
            onClick={() => dispatch({ type: 'addGuides', slugs: addable.map((g) => g.slug) })}
          >
            Select all shown
          </button>
        </div>
        {shown.length > 0 ? (
          <ul aria-label="Guides found" className="grid max-h-[26rem] gap-2 overflow-y-auto p-0.5 sm:grid-cols-2">
            {shown.map((guide) => (
              <li key={guide.slug}>
                <CardItem
                  item={{
                    key: guide.slug,
                    label: guide.title,
                    meta: guideMeta(guide),
                    checked: chosen.has(guide.slug),
                  }}
                  onChange={(on) => dispatch({ type: 'toggleGuide', slug: guide.slug, on })}
                />
              </li>
            ))}
          </ul>
        ) : null}
        {matches.length > shown.length ? (
          <button type="button" className={linkButtonClass} onClick={() => setLimit((n) => n + PAGE_SIZE)}>
            Show more ({matches.length - shown.length} more)
          </button>
        ) : null}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}

function guideMeta(guide: GuideSummary): string {
  const tags = guide.tags.slice(0, 3).join(', ');
  return tags ? `${plural(guide.questionCount, 'question')} · ${tags}` : plural(guide.questionCount, 'question');
}

/** The chosen guides, in the order picked, as removable chips. */
function SelectedGuides({ form }: { form: SetupForm }) {
  const { state, dispatch } = form;
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const bySlug = useMemo(() => new Map(state.guides.map((g) => [g.slug, g])), [state.guides]);
  const selected = state.guideSlugs.map((slug) => bySlug.get(slug)).filter((g): g is GuideSummary => !!g);
  const visible = expanded ? selected : selected.slice(0, CHIPS_SHOWN);
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface-muted p-3">
      <div className="flex items-center justify-between gap-4">
        <h3 id={headingId} className="text-sm font-semibold">
          Selected ({selected.length})
        </h3>
        {selected.length > 0 ? (
          <button
            type="button"
            className={linkButtonClass}
            aria-label="Clear the selected guides"
            onClick={() => dispatch({ type: 'setAllGuides', on: false })}
          >
            Clear
          </button>
        ) : null}
      </div>
      {selected.length === 0 ? (
        <p className="mt-1 text-sm text-fg-muted">None yet: find guides below and tick them.</p>
      ) : (
        <>
          {selected.length > 1 && state.order === 'guide' ? (
            <p className="mt-0.5 text-xs text-fg-muted">Asked in this order.</p>
          ) : null}
          <ol className="mt-2 flex flex-wrap gap-2">
            {visible.map((guide) => (
              <li
                key={guide.slug}
                className="inline-flex min-h-9 max-w-full items-center gap-1 rounded-full border border-accent bg-accent-soft py-0.5 pr-0.5 pl-3 text-sm font-medium"
              >
                <span className="truncate">{guide.title}</span>
                <button
                  type="button"
                  aria-label={`Remove ${guide.title}`}
                  onClick={() => dispatch({ type: 'toggleGuide', slug: guide.slug, on: false })}
                  className="grid size-8 shrink-0 place-items-center rounded-full text-fg-muted hover:bg-surface hover:text-fg"
                >
                  <Icon name="close" className="size-4" />
                </button>
              </li>
            ))}
          </ol>
          {selected.length > CHIPS_SHOWN ? (
            <button type="button" className={cn(linkButtonClass, 'mt-1')} onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show fewer' : `Show all ${selected.length}`}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
