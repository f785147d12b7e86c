/**
 * Records set aside on load: what the store keeps of each (where it is, its
 * key, why, and the raw value), so "Your data" can list, download and delete
 * them and Export JSON can carry them. Nothing here writes; the record stays
 * on disk until the user deletes it.
 */
import type { SetAsideEntry } from '@/domain/model';
import { KEY_FIELD } from '@/domain/schema';
import { readRecord, VERSIONS, type Versions } from '@/domain/versions';

import type { RecordStore } from './failure';

/** The entry for a raw stored record that failed the checks; never throws. */
export function setAsideEntry(store: RecordStore, raw: unknown, versions: Versions = VERSIONS): SetAsideEntry {
  const keyValue = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[KEY_FIELD[store]] : null;
  const result = readRecord(store, raw, versions);
  const reason = 'error' in result ? result.error : 'a stored record that could not be read';
  return { store, key: typeof keyValue === 'string' ? keyValue : null, reason, value: raw };
}
