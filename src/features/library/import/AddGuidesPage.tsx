import { Link, useNavigate } from '@tanstack/react-router';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';

import { Breadcrumb } from '@/components/ui/Breadcrumb';
import { Button, buttonStyles, LinkButton } from '@/components/ui/Button';
import { SectionCard } from '@/components/ui/Card';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { PageHeading } from '@/components/ui/PageHeading';
import { textLinkClass } from '@/components/ui/styles';
import { formatFileSize, MAX_GUIDE_BYTES, MAX_USER_GUIDES } from '@/domain/guide-import';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';
import type { UserGuide } from '@/stores';

import { ImportEntry } from './ImportPreview';
import { takePendingFiles } from './pending-files';
import { isAddable, useGuideImport } from './useGuideImport';

const ACCEPT = '.md,.markdown,.txt,text/markdown,text/plain';

interface AddGuidesPageProps {
  /** One of the user's guides to replace with a newer version of its file. */
  replacing?: UserGuide;
}

/**
 * Adding interview guides of your own: choose or drop markdown files, or
 * paste one; see what the parser found in each (questions by category,
 * answer parts, warnings and errors with their lines), then add the ones you
 * want. Nothing is saved before "Add".
 */
export function AddGuidesPage({ replacing }: AddGuidesPageProps) {
  const { state, addFiles, addPaste, toggle, confirm, reset } = useGuideImport(
    replacing ? { slug: replacing.slug, fileName: replacing.fileName } : undefined,
  );
  const [dragging, setDragging] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const [pasted, setPasted] = useState('');
  const [pasteName, setPasteName] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const inputId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();

  // Files dropped on the library come here with it.
  useEffect(() => {
    const files = takePendingFiles();
    if (files.length > 0) addFiles(files);
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (state.kind === 'preview' || state.kind === 'saved' || state.kind === 'failed') {
      requestAnimationFrame(() => resultRef.current?.focus());
    }
  }, [state.kind]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addFiles([...event.dataTransfer.files]);
  };

  const readPaste = () => {
    const name = pasteName.trim() || (replacing ? replacing.guide.title : '');
    if (pasted.trim() === '') return setPasteError('Paste a guide’s markdown first.');
    if (name === '') return setPasteError('Give the guide a name: it becomes its address.');
    setPasteError(null);
    addPaste(pasted, name);
  };

  const title = replacing ? `Replace “${replacing.guide.title}”` : 'Add guides';
  const chosenCount = state.kind === 'preview' ? state.chosen.size : 0;

  return (
    <div
      className="mx-auto max-w-3xl space-y-8"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="space-y-3">
        {/* The guide's title may be long: it is the link that shrinks, so a phone never scrolls sideways. */}
        <Breadcrumb current={replacing ? 'Replace' : title}>
          <Link to="/">Library</Link>
          {replacing ? (
            <Link
              to="/guides/$slug"
              params={{ slug: replacing.slug }}
              title={replacing.guide.title}
              className="block truncate"
            >
              {replacing.guide.title}
            </Link>
          ) : null}
        </Breadcrumb>
        <PageHeading>{title}</PageHeading>
        <p className="text-fg-muted">
          {replacing
            ? 'Choose or paste the newer version of this guide. Questions whose wording is unchanged keep their answers and review schedule; removed questions keep their history.'
            : 'Interview-preparation guides in Markdown (with YAML frontmatter), like the ones in the library. They are read here, in your browser, and kept on this device with the rest of your data.'}
        </p>
      </header>

      <SectionCard title={replacing ? 'The new version' : 'Your files'}>
        <div
          className={cn(
            'rounded-xl border-2 border-dashed px-4 py-8 text-center transition-colors',
            dragging ? 'border-accent bg-accent-soft' : 'border-border bg-surface-muted/50',
          )}
        >
          {/* The file input is the control; its label looks like the page's main button. */}
          <label className={buttonStyles({}, FOCUS_WITHIN)}>
            {replacing ? 'Choose the new file' : 'Choose guide files'}
            <input
              key={inputKey}
              id={inputId}
              type="file"
              accept={ACCEPT}
              multiple={!replacing}
              className="sr-only"
              onChange={(event) => {
                addFiles([...(event.target.files ?? [])]);
                setInputKey((k) => k + 1);
              }}
            />
          </label>
          <p className="mt-2 text-sm text-fg-muted">
            or drop {replacing ? 'it' : 'them'} anywhere on this page · .md, .markdown or .txt, up to{' '}
            {formatFileSize(MAX_GUIDE_BYTES)} each
            {replacing ? null : `, ${MAX_USER_GUIDES} guides in all`}
          </p>
        </div>

        <details className="mt-4 rounded-xl border border-border px-4 py-3">
          <summary className="cursor-pointer font-medium">Paste markdown instead</summary>
          <div className="mt-3 space-y-3">
            {replacing ? null : (
              <Field label="Guide name" hint="Becomes its address, e.g. “Data Analyst” → /guides/data-analyst.">
                {(control) => (
                  <input
                    {...control}
                    className={fieldControlClass}
                    value={pasteName}
                    onChange={(event) => setPasteName(event.target.value)}
                  />
                )}
              </Field>
            )}
            <Field label="Guide markdown" error={pasteError}>
              {(control) => (
                <textarea
                  {...control}
                  rows={8}
                  className={cn(fieldControlClass, 'py-2 font-mono')}
                  value={pasted}
                  onChange={(event) => setPasted(event.target.value)}
                />
              )}
            </Field>
            <Button variant="secondary" onClick={readPaste}>
              Read pasted guide
            </Button>
          </div>
        </details>
      </SectionCard>

      <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none" aria-live="polite">
        {state.kind === 'reading' ? (
          <div className="space-y-2">
            <p className="text-sm font-medium" id={`${inputId}-progress`}>
              Reading {state.total > 1 ? `${state.done} of ${plural(state.total, 'file')}` : 'the guide'}…
            </p>
            <progress
              aria-labelledby={`${inputId}-progress`}
              className="h-2 w-full accent-accent"
              max={state.total}
              value={state.done}
            />
          </div>
        ) : null}

        {state.kind === 'failed' ? (
          <Notice tone="danger" title="Nothing was added">
            <p>{state.message}</p>
          </Notice>
        ) : null}

        {state.kind === 'preview' ? (
          <section aria-labelledby={`${inputId}-found`} className="space-y-4">
            <h2 id={`${inputId}-found`} className="text-xl font-semibold">
              What was found
            </h2>
            <ul className="space-y-3">
              {state.plan.entries.map((entry, i) => (
                <ImportEntry
                  key={`${entry.file}-${i}`}
                  entry={entry}
                  chosen={state.chosen.has(i)}
                  onChoose={(on) => toggle(i, on)}
                />
              ))}
            </ul>
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={confirm} disabled={chosenCount === 0}>
                {replacing ? 'Replace the guide' : `Add ${plural(chosenCount, 'guide')}`}
              </Button>
              <Button variant="ghost" onClick={reset}>
                Cancel
              </Button>
              {state.plan.entries.some((e) => !isAddable(e)) ? (
                <p className="text-sm text-fg-muted">
                  Files that can't be added are left out; the rest are not affected.
                </p>
              ) : null}
            </div>
          </section>
        ) : null}

        {state.kind === 'saved' ? (
          <Notice tone="success" title={replacing ? 'Guide replaced' : `Added ${plural(state.guides.length, 'guide')}`}>
            <ul className="list-disc space-y-1 pl-5">
              {state.guides.map((g) => (
                <li key={g.slug}>
                  <Link to="/guides/$slug" params={{ slug: g.slug }} className={textLinkClass}>
                    {g.title}
                  </Link>
                  {g.replaced ? ' (replaced)' : null}
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap gap-3">
              {state.guides.length === 1 ? (
                <LinkButton to="/practice/new" search={{ guide: state.guides[0]!.slug }} size="sm">
                  Practise it
                </LinkButton>
              ) : null}
              {replacing ? null : (
                <Button variant="secondary" size="sm" onClick={reset}>
                  Add more
                </Button>
              )}
              <Button variant="ghost" size="sm" onClick={() => void navigate({ to: '/' })}>
                Back to the library
              </Button>
            </div>
          </Notice>
        ) : null}
      </div>
    </div>
  );
}

const FOCUS_WITHIN =
  'cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent';
