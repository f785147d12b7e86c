import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { createAppRouter } from '@/router';

import { sampleGuide, sampleSummaries } from '../support/sample-guides';

// The real virtual module depends on content/ and the loader; route behaviour
// is tested against a small, fixed bank instead.
const bank = vi.hoisted(() => ({
  loadGuide: vi.fn<(slug: string) => Promise<unknown>>(),
}));
vi.mock('virtual:question-bank', () => ({
  get guides() {
    return sampleSummaries;
  },
  loadGuide: bank.loadGuide,
}));

function renderApp(path: string) {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => {
  bank.loadGuide.mockReset();
  bank.loadGuide.mockImplementation((slug) => Promise.resolve(slug === sampleGuide.slug ? sampleGuide : undefined));
});

describe('app routes', () => {
  it('renders the shell with a skip link, a banner and the main landmark', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Rehearse' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('goes from the library to a guide, loading it by slug', async () => {
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('link', { name: sampleGuide.title }));

    expect(await screen.findByRole('heading', { level: 1, name: sampleGuide.title })).toBeVisible();
    expect(bank.loadGuide).toHaveBeenCalledWith(sampleGuide.slug);
    await waitFor(() => expect(document.title).toBe(`${sampleGuide.title} · Rehearse`));
  });

  it('shows "not found" inside the shell for an unknown guide', async () => {
    renderApp('/guides/no-such-guide');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(bank.loadGuide).toHaveBeenCalledWith('no-such-guide');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all guides' })).toHaveAttribute('href', '/');
  });

  it('shows "not found" for an unknown path', async () => {
    renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('shows an error with a retry when a guide fails to load', async () => {
    const user = userEvent.setup();
    // React and the router log the caught error; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    bank.loadGuide.mockRejectedValueOnce(new Error('Chunk failed to load'));
    renderApp(`/guides/${sampleGuide.slug}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    expect(screen.getByText('Chunk failed to load')).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: sampleGuide.title })).toBeVisible();
  });
});
