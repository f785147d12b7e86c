import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';

import { Button, LinkButton } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { useGuideSummaries } from '@/stores';

import { saveWrittenGuide, slugTaken } from './actions';
import { newWrittenGuide, uniqueSlug } from './written';

/** The library's ways to add material of one's own: write a question, start a guide. */
export function LibraryActions() {
  return (
    <>
      <LinkButton to="/write" variant="secondary">
        Write your own question
      </LinkButton>
      <NewGuideButton />
    </>
  );
}

/** "New guide of your own": a name, then an empty written guide to fill. */
export function NewGuideButton() {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const summaries = useGuideSummaries();
  const navigate = useNavigate();

  const close = () => {
    setOpen(false);
    setName('');
    setError(null);
  };

  const create = (event: FormEvent) => {
    event.preventDefault();
    const title = name.replace(/\s+/g, ' ').trim();
    if (!title) {
      setError('Give the guide a name.');
      return;
    }
    const slug = uniqueSlug(title, (candidate) => slugTaken(candidate, summaries));
    const problem = saveWrittenGuide(newWrittenGuide(slug, title));
    if (problem) {
      setError(problem);
      return;
    }
    close();
    void navigate({ to: '/guides/$slug', params: { slug } });
  };

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        New guide of your own
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title="New guide of your own"
        description="A guide to hold questions you write or paste in. It stays on this device."
      >
        <form onSubmit={create} noValidate className="space-y-5">
          <Field label="Guide name" error={error}>
            {(control) => (
              <input
                {...control}
                value={name}
                onChange={(event) => setName(event.target.value)}
                maxLength={200}
                autoComplete="off"
                className={fieldControlClass}
              />
            )}
          </Field>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button type="submit">Create guide</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
