// Recorded answers in the store: the description as a record, the audio beside it in IndexedDB.
import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';

import type { DeliveryFigures } from '@/domain/delivery/types';
import { parseExport } from '@/domain/transfer';
import { recordingSettings, selectRecordingUsage, selectSessionRecordings } from '@/stores';

import { makeStore, practisedStore, Q1, Q2, SETUP } from './helpers';

const unique = (what: string) => `${what}-${Math.random().toString(36).slice(2)}`;
const audio = (bytes: number, type = 'audio/webm;codecs=opus') => new Blob([new Uint8Array(bytes).fill(7)], { type });

async function storedKeys(dbName: string, store: 'recordings' | 'audio') {
  const db = await openDB(dbName);
  try {
    return (await db.getAllKeys(store)).map(String).sort();
  } finally {
    db.close();
  }
}

/** A store with one session of two answered questions. */
function answered(dbName = unique('rec')) {
  const tab = makeStore({ dbName });
  const s = tab.store.getState();
  const sessionId = s.createSession(SETUP, [Q1, Q2]);
  const timing = { durationMs: 20_000, timeLimitSec: 120, overtimeSec: 0 } as const;
  s.updateDraft(sessionId, Q1, { text: 'First answer, um, basically.' });
  const first = s.submitAnswer(sessionId, Q1, timing);
  tab.store.getState().updateDraft(sessionId, Q2, { text: 'Second answer.' });
  const second = tab.store.getState().submitAnswer(sessionId, Q2, timing);
  return { ...tab, dbName, sessionId, first, second };
}

describe('recordings in the store', () => {
  it('stores the description and the audio at once, and another tab of the app plays it after a reload', async () => {
    const { store, dbName, first, sessionId } = answered();
    const blob = audio(1200);
    expect(
      await store
        .getState()
        .saveRecording({ attemptId: first, blob, mimeType: blob.type, durationMs: 20_400, peaks: [0.2, 1.4] }),
    ).toBeNull();
    expect(store.getState().recordings[first]).toMatchObject({
      attemptId: first,
      sessionId,
      questionId: Q1,
      mimeType: 'audio/webm;codecs=opus',
      bytes: 1200,
      durationMs: 20_400,
      peaks: [0.2, 1],
    });
    expect(await storedKeys(dbName, 'recordings')).toEqual([first]);
    expect(await storedKeys(dbName, 'audio')).toEqual([first]);

    const reloaded = makeStore({ dbName }).store;
    await reloaded.getState().init();
    expect(reloaded.getState().recordings[first]).toEqual(store.getState().recordings[first]);
    const played = await reloaded.getState().loadRecording(first);
    expect(played?.size).toBe(1200);
    expect(played?.type).toBe('audio/webm;codecs=opus');
    expect(await reloaded.getState().loadRecording('no-such-attempt')).toBeNull();
  });

  it('keeps the level strip the analysis works out with the recording, stored, the audio untouched', async () => {
    const { store, dbName, first } = answered();
    await store
      .getState()
      .saveRecording({ attemptId: first, blob: audio(50), mimeType: 'audio/webm', durationMs: 900, peaks: [] });
    store.getState().setRecordingPeaks(first, [0.5, 2, -1]);
    await store.getState().flush();
    const reloaded = makeStore({ dbName }).store;
    await reloaded.getState().init();
    expect(reloaded.getState().recordings[first]?.peaks).toEqual([0.5, 1, 0]);
    expect((await reloaded.getState().loadRecording(first))?.size).toBe(50);
  });

  it('refuses an empty recording and one for an answer that does not exist, with a message, storing nothing', async () => {
    const { store, dbName, first } = answered();
    expect(
      await store
        .getState()
        .saveRecording({ attemptId: first, blob: audio(0), mimeType: 'audio/webm', durationMs: 5000, peaks: [] }),
    ).toMatch(/came back empty.*Bluetooth/);
    expect(
      await store
        .getState()
        .saveRecording({ attemptId: 'gone', blob: audio(10), mimeType: 'audio/webm', durationMs: 5000, peaks: [] }),
    ).toMatch(/not in your history/);
    expect(store.getState().recordings).toEqual({});
    expect(await storedKeys(dbName, 'audio')).toEqual([]);
    // The answer itself is untouched.
    expect(store.getState().attempts[first]?.answer).toBe('First answer, um, basically.');
  });

  it('keeps only the last N when a cap is set, deleting the oldest audio too', async () => {
    const { store, dbName, first, second, clock } = answered();
    store.getState().setRecordingSettings({ cap: 1 });
    expect(recordingSettings(store.getState().settings)).toEqual({ cap: 1, voice: null, rate: 1, cue: false });
    await store
      .getState()
      .saveRecording({ attemptId: first, blob: audio(10), mimeType: 'audio/webm', durationMs: 1000, peaks: [] });
    clock.tick(1000);
    await store
      .getState()
      .saveRecording({ attemptId: second, blob: audio(20), mimeType: 'audio/webm', durationMs: 1000, peaks: [] });
    await store.getState().flush();
    expect(Object.keys(store.getState().recordings)).toEqual([second]);
    expect(await storedKeys(dbName, 'audio')).toEqual([second]);
    // The answers stay.
    expect(store.getState().attempts[first]).toBeDefined();
  });

  it('deletes a session’s recordings or all of them, never the answers, and sums what they take', async () => {
    const { store, dbName, first, second, sessionId } = answered();
    await store
      .getState()
      .saveRecording({ attemptId: first, blob: audio(100), mimeType: 'audio/webm', durationMs: 1500, peaks: [] });
    await store
      .getState()
      .saveRecording({ attemptId: second, blob: audio(300), mimeType: 'audio/webm', durationMs: 2500, peaks: [] });
    expect(selectRecordingUsage(store.getState())).toEqual({ count: 2, bytes: 400, durationMs: 4000 });
    expect(selectSessionRecordings(store.getState(), sessionId).map((r) => r.attemptId)).toEqual([first, second]);

    expect(await store.getState().deleteRecordings({ sessionId: 'another' })).toBe(0);
    expect(await store.getState().deleteRecordings({ attemptIds: [first] })).toBe(1);
    expect(await storedKeys(dbName, 'audio')).toEqual([second]);
    expect(await store.getState().deleteRecordings({ all: true })).toBe(1);
    expect(await storedKeys(dbName, 'recordings')).toEqual([]);
    expect(await storedKeys(dbName, 'audio')).toEqual([]);
    expect(Object.keys(store.getState().attempts).sort()).toEqual([first, second].sort());
  });

  it('keeps delivery figures and the self-rating on the answer, stored', async () => {
    const { store, dbName, first } = answered();
    const delivery: DeliveryFigures = {
      durationMs: 20_000,
      speakingMs: 15_000,
      firstWordMs: 800,
      pauses: [{ startMs: 5000, endMs: 8000 }],
      longestPauseMs: 3000,
      words: 40,
      wpm: 160,
      fillerCount: 2,
      fillersPerMin: 8,
      fillers: [
        { term: 'um', count: 1 },
        { term: 'basically', count: 1 },
      ],
      hedgeCount: 0,
      hedges: [],
      repeatCount: 0,
    };
    store.getState().setDelivery(first, delivery);
    store.getState().setDeliverySelfRating(first, 'smooth');
    await store.getState().flush();
    const reloaded = makeStore({ dbName }).store;
    await reloaded.getState().init();
    expect(reloaded.getState().attempts[first]).toMatchObject({ delivery, deliverySelfRating: 'smooth' });
  });

  it('deletes, when the app next loads, a recording whose answer was deleted', async () => {
    const { store, dbName, first, sessionId } = answered();
    await store
      .getState()
      .saveRecording({ attemptId: first, blob: audio(10), mimeType: 'audio/webm', durationMs: 1000, peaks: [] });
    store.getState().deleteSession(sessionId);
    await store.getState().flush();
    // Until then Undo can bring the session back with its recording.
    expect(await storedKeys(dbName, 'audio')).toEqual([first]);
    const next = makeStore({ dbName }).store;
    await next.getState().init();
    await next.getState().flush();
    expect(next.getState().recordings).toEqual({});
    expect(await storedKeys(dbName, 'audio')).toEqual([]);
  });

  it('exports descriptions only; an import takes a recording only with its audio, and Clear removes the audio', async () => {
    const source = await practisedStore(unique('rec-src'), 'An answer');
    const file = source.store.getState().exportSnapshot();
    expect(file.recordings).toHaveLength(1);
    expect(JSON.stringify(file)).not.toContain('Blob');
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;

    const without = makeStore({ dbName: unique('rec-dst') });
    await without.store.getState().init();
    await without.store.getState().importRecords(parsed.file);
    expect(without.store.getState().recordings).toEqual({});

    const withAudio = makeStore({ dbName: unique('rec-dst2') });
    await withAudio.store.getState().init();
    const blob = await source.store.getState().loadRecording(source.rated);
    await withAudio.store.getState().importRecords(parsed.file, new Map([[source.rated, blob!]]));
    expect(Object.keys(withAudio.store.getState().recordings)).toEqual([source.rated]);
    expect((await withAudio.store.getState().loadRecording(source.rated))?.size).toBe(blob!.size);

    await source.store.getState().clearAll();
    expect(source.store.getState().recordings).toEqual({});
    expect(await storedKeys(source.dbName, 'audio')).toEqual([]);
  });

  it('refuses an export whose recording belongs to an answer that is not in the file', async () => {
    const source = await practisedStore(unique('rec-orphan'), 'An answer');
    const file = JSON.parse(JSON.stringify(source.store.getState().exportSnapshot())) as { attempts: unknown[] };
    file.attempts = [];
    const parsed = parseExport(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.join('\n')).toMatch(/recordings\[0\]\.attemptId: the recording belongs to answer/);
  });
});
