/**
 * What can be kept of the persisted drafts-and-settings value (localStorage),
 * checked with the shared schema (`@/domain/schema`). Records (sessions,
 * attempts, schedules, plans) are read with `readRecord` from
 * `@/domain/versions`, which migrates then checks them. Never throws.
 */
import type { Draft, Settings } from '@/domain/model';
import { draftSchema, isPlainObject, sessionSettingsSchema, themeSchema } from '@/domain/schema';

import { draftKey } from '../slices/drafts';
import { DEFAULT_SETTINGS } from '../slices/settings';
import type { PersistedState } from '../types';

/**
 * What can be kept of a persisted {drafts, settings} value, field by field:
 * every valid draft, and each setting that is valid (the default otherwise).
 * `clean` is false when anything had to be dropped or defaulted, so the
 * caller can back the raw value up before it is overwritten.
 */
export function sanitizePersisted(raw: unknown): { state: PersistedState; clean: boolean } {
  const source = isPlainObject(raw) ? raw : {};
  let clean = isPlainObject(raw);

  const drafts: Record<string, Draft> = {};
  if (isPlainObject(source.drafts)) {
    for (const value of Object.values(source.drafts)) {
      const draft = draftSchema.safeParse(value);
      if (draft.success) drafts[draftKey(draft.data.sessionId, draft.data.questionId)] = draft.data;
      else clean = false;
    }
  } else if (source.drafts !== undefined) clean = false;

  const settings: Settings = { ...DEFAULT_SETTINGS };
  const stored = source.settings;
  if (isPlainObject(stored)) {
    const theme = themeSchema.safeParse(stored.theme);
    if (theme.success) settings.theme = theme.data;
    else if (stored.theme !== undefined) clean = false;
    const lastSetup = stored.lastSetup === null ? null : sessionSettingsSchema.safeParse(stored.lastSetup);
    if (lastSetup === null) settings.lastSetup = null;
    else if (lastSetup.success) settings.lastSetup = lastSetup.data;
    else if (stored.lastSetup !== undefined) clean = false;
  } else if (stored !== undefined) clean = false;

  return { state: { drafts, settings }, clean };
}
