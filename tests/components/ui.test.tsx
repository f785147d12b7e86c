import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { Button } from '@/components/ui/Button';
import { Card, SectionCard, StretchedLink } from '@/components/ui/Card';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { Field, fieldControlClass } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Stat } from '@/components/ui/Stat';
import { Eyebrow, TextLink } from '@/components/ui/TextLink';

import { renderWithRouter } from '../support/render-with-router';

describe('Card', () => {
  it('is the element asked for, with the surface classes and the caller’s attributes', () => {
    render(
      <ul>
        <Card as="li" padding="md" data-testid="row">
          Row
        </Card>
      </ul>,
    );
    const row = screen.getByTestId('row');
    expect(row.tagName).toBe('LI');
    expect(row).toHaveClass('border', 'bg-surface', 'rounded-2xl', 'shadow-sm', 'p-4', 'sm:p-5');
  });

  it('as a section with a label is a region', () => {
    render(
      <Card as="section" aria-label="Stats">
        x
      </Card>,
    );
    expect(screen.getByRole('region', { name: 'Stats' })).toBeInTheDocument();
  });

  it('with a stretched link: the whole card is one link named by its title', async () => {
    renderWithRouter(
      <Card as="article" interactive>
        <h2>
          <StretchedLink to="/guides/$slug" params={{ slug: 'sql' }}>
            SQL guide
          </StretchedLink>
        </h2>
        <p>Twelve questions</p>
      </Card>,
    );
    const link = await screen.findByRole('link', { name: 'SQL guide' });
    expect(link).toHaveAttribute('href', '/guides/sql');
    expect(link.closest('article')).toHaveClass('relative');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});

describe('SectionCard', () => {
  it('is a region labelled by its heading, with the description and content', () => {
    render(
      <SectionCard title="Export" description="Download a copy.">
        <button type="button">Export JSON</button>
      </SectionCard>,
    );
    const region = screen.getByRole('region', { name: 'Export' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Export' })).toBeInTheDocument();
    expect(within(region).getByText('Download a copy.')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Export JSON' })).toBeInTheDocument();
  });

  it('takes a heading id and level from the caller, and an aside', () => {
    render(<SectionCard title="By part" headingId="parts" headingLevel={3} aside={<p>Average rating</p>} />);
    const heading = screen.getByRole('heading', { level: 3, name: 'By part' });
    expect(heading).toHaveAttribute('id', 'parts');
    expect(screen.getByRole('region', { name: 'By part' })).toHaveAttribute('aria-labelledby', 'parts');
    expect(screen.getByText('Average rating')).toBeInTheDocument();
  });
});

describe('Notice', () => {
  it('is an alert for danger and a status otherwise', () => {
    render(
      <>
        <Notice tone="danger">Broken</Notice>
        <Notice tone="success">Done</Notice>
        <Notice tone="warning">Careful</Notice>
        <Notice tone="info">Note</Notice>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Broken');
    expect(screen.getAllByRole('status').map((el) => el.textContent)).toEqual(['Done', 'Careful', 'Note']);
  });

  it('uses the tone’s tokens, not palette colours', () => {
    render(<Notice tone="warning">Careful</Notice>);
    expect(screen.getByRole('status')).toHaveClass('bg-warning-soft', 'text-warning-soft-fg', 'border-warning-border');
  });

  it('takes another role, or none, and a bold title', () => {
    render(
      <>
        <Notice tone="warning" role="group" aria-label="Confirm delete" title="Delete these?">
          <button type="button">Yes</button>
        </Notice>
        <Notice tone="warning" announce={false} as="p" title="Heads up.">
          Storage may be cleared.
        </Notice>
      </>,
    );
    const group = screen.getByRole('group', { name: 'Confirm delete' });
    expect(within(group).getByText('Delete these?')).toHaveClass('font-semibold');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('Storage may be cleared.', { exact: false })).toHaveTextContent(
      'Heads up. Storage may be cleared.',
    );
  });
});

describe('Field', () => {
  it('names the control by its label and describes it by its hint', () => {
    render(
      <Field label="From" hint="Newest first">
        {(control) => <input {...control} className={fieldControlClass} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'From' });
    expect(input).toHaveAccessibleDescription('Newest first');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks the control invalid and adds the error to its description', () => {
    render(
      <Field label="Questions" hint="1 to 50" error="Choose at least one question." id="count">
        {(control) => <input {...control} />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Questions' });
    expect(input).toHaveAttribute('id', 'count');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('1 to 50 Choose at least one question.');
    expect(screen.getByText('Choose at least one question.')).toHaveClass('text-danger');
  });

  it('wires a select the same way', () => {
    render(
      <Field label="To">
        {(control) => (
          <select {...control}>
            <option>One</option>
          </select>
        )}
      </Field>,
    );
    expect(screen.getByRole('combobox', { name: 'To' })).not.toHaveAttribute('aria-describedby');
  });
});

describe('ChoiceGroup', () => {
  const options = [
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark', hint: 'Easier at night' },
  ] as const;

  function Radios() {
    const [value, setValue] = useState<'light' | 'dark'>('light');
    return (
      <ChoiceGroup
        type="radio"
        legend="Theme"
        options={options}
        value={value}
        onChange={setValue}
        description="Follows the system until you choose."
      />
    );
  }

  it('is a group named by its legend, of radios that pick one value', async () => {
    render(<Radios />);
    const group = screen.getByRole('group', { name: 'Theme' });
    expect(group).toHaveAccessibleDescription('Follows the system until you choose.');
    const light = within(group).getByRole('radio', { name: 'Light' });
    const dark = within(group).getByRole('radio', { name: /Dark/ });
    expect(light).toBeChecked();
    await userEvent.setup().click(dark);
    expect(dark).toBeChecked();
    expect(light).not.toBeChecked();
  });

  function Checkboxes({ error }: { error?: string }) {
    const [value, setValue] = useState<string[]>(['a']);
    return (
      <ChoiceGroup
        type="checkbox"
        legend="Categories"
        legendHidden
        options={[
          { value: 'a', label: 'Alpha' },
          { value: 'b', label: 'Beta' },
        ]}
        value={value}
        onChange={setValue}
        error={error}
      />
    );
  }

  it('of checkboxes toggles each value, and reads its error with the group', async () => {
    render(<Checkboxes error="Pick at least one." />);
    const group = screen.getByRole('group', { name: 'Categories' });
    expect(group).toHaveAccessibleDescription('Pick at least one.');
    const user = userEvent.setup();
    await user.click(within(group).getByRole('checkbox', { name: 'Beta' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Alpha' }));
    expect(within(group).getByRole('checkbox', { name: 'Beta' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Alpha' })).not.toBeChecked();
  });
});

describe('Stat', () => {
  it('is a term and its definitions in a description list', () => {
    render(
      <dl>
        <Stat label="Answers" value="12" detail="3 days of practice" valueFirst />
      </dl>,
    );
    expect(screen.getByRole('term')).toHaveTextContent('Answers');
    const [value, detail] = screen.getAllByRole('definition');
    expect(value).toHaveTextContent('12');
    expect(value).toHaveClass('order-first');
    expect(detail).toHaveTextContent('3 days of practice');
  });
});

describe('TextLink, Eyebrow and the danger buttons', () => {
  it('renders router links with real hrefs', async () => {
    renderWithRouter(
      <p>
        <TextLink to="/questions/$id" params={{ id: 'q1' }} tone="quiet">
          A question
        </TextLink>
      </p>,
    );
    const link = await screen.findByRole('link', { name: 'A question' });
    expect(link).toHaveAttribute('href', '/questions/q1');
    expect(link).toHaveClass('decoration-border');
  });

  it('keeps the eyebrow’s text and the danger buttons’ names', () => {
    render(
      <>
        <Eyebrow>Progress</Eyebrow>
        <Button variant="danger">Delete everything</Button>
        <Button variant="danger-outline">Clear all data…</Button>
      </>,
    );
    expect(screen.getByText('Progress')).toHaveClass('uppercase');
    expect(screen.getByRole('button', { name: 'Delete everything' })).toHaveClass('bg-danger', 'text-danger-fg');
    expect(screen.getByRole('button', { name: 'Clear all data…' })).toHaveClass('text-danger', 'border-danger');
  });
});
