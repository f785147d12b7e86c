/**
 * Fault injection at the page: records a real store read from IndexedDB and
 * set aside (a date out of range, a wrong type, a newer version) are listed
 * by "Your data" with the reason the schema gave, beside the good session,
 * and nothing on the page breaks. The store side is tests/stores/fault-injection.test.ts.
 */
import 'fake-indexeddb/auto';

import { render, screen, within } from '@testing-library/react';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';

import { SCHEMA_VERSION } from '@/domain/versions';
import { DataPage } from '@/features/data/DataPage';
import { createPracticeStore, usePracticeStore } from '@/stores';

import { makeSession, resetPracticeStore } from '../support/practice-store';
import { aSetup } from '../support/records';

beforeEach(() => {
  resetPracticeStore();
});

describe('Your data on stored records the schema refuses', () => {
  it('lists each with its kind, key and reason, and shows the good records', async () => {
    const dbName = `data-faults-${Math.random().toString(36).slice(2)}`;
    const writer = createPracticeStore({ dbName, storage: sessionStorage });
    await writer.getState().init();
    writer.getState().createSession(aSetup({ guideSlugs: ['guide-a'], count: 1, timeLimitSec: 0 }), ['guide-a--q1']);
    await writer.getState().flush();
    const good = Object.values(writer.getState().sessions)[0]!;
    const db = await openDB(dbName);
    await db.put('sessions', { ...good, id: 'far-future', createdAt: 8_700_000_000_000_000 });
    await db.put('sessions', { ...good, id: 'wrong-type', questionIds: 'guide-a--q1' });
    await db.put('sessions', { ...good, id: 'from-later', schemaVersion: SCHEMA_VERSION + 1 });
    db.close();

    const reader = createPracticeStore({ dbName, storage: sessionStorage });
    await reader.getState().init();
    const { setAside, setAsideRecords, sessions } = reader.getState();
    expect(setAside).toBe(3);
    usePracticeStore.setState({
      sessions: { [good.id]: makeSession({ ...sessions[good.id]! }) },
      setAside,
      setAsideRecords,
    });

    render(<DataPage loadQuestions={() => Promise.resolve([])} now={() => new Date(2025, 2, 7, 12)} />);
    const section = screen.getByRole('region', { name: 'Records that could not be read' });
    const list = within(section).getByRole('list', { name: 'Unreadable records' });
    expect(list).toHaveTextContent('3 sessions');
    expect(list).toHaveTextContent(/"far-future": .*createdAt: expected a date from 1970 to 2199/);
    expect(list).toHaveTextContent(/"wrong-type": .*questionIds/);
    expect(list).toHaveTextContent(/"from-later": .*newer version of Rehearse/);
    expect(screen.getByText('Sessions').nextElementSibling).toHaveTextContent('1');
  });
});
