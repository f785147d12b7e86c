import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { OfflineSection } from '@/features/data/OfflineSection';
import type * as Offline from '@/lib/offline';
import type { CacheUsage, OfflineStatus } from '@/lib/offline';

const offline = vi.hoisted(() => ({ guides: {} as Record<string, boolean> }));

vi.mock('@/lib/offline', async (importOriginal) => ({
  ...(await importOriginal<typeof Offline>()),
  offlineSupported: () => true,
  subscribeOffline: () => () => {},
  cacheUsage: (): Promise<CacheUsage> => Promise.resolve({ app: 600_000, guides: 0, guideCount: 0, estimate: null }),
  offlineStatus: (): Promise<OfflineStatus> =>
    Promise.resolve({ guides: offline.guides, search: false, missingBytes: 36_000, keptAll: false }),
}));

beforeEach(() => {
  offline.guides = {};
});

describe('Offline copy', () => {
  it('offers to keep the one guide there is, without "all 1 guides"', async () => {
    offline.guides = { 'cloud-engineer': false };
    render(<OfflineSection />);

    expect(await screen.findByRole('button', { name: /^Make the guide available offline/ })).toBeVisible();
    expect(screen.queryByText(/all 1 guides/)).not.toBeInTheDocument();
  });

  it('offers to keep all of several guides, with their number', async () => {
    offline.guides = { a: false, b: true, c: false };
    render(<OfflineSection />);

    expect(await screen.findByRole('button', { name: /^Make all 3 guides available offline/ })).toBeVisible();
  });
});
