import type { Settings } from '@/domain/model';

import type { SettingsSlice } from '../types';
import type { SliceCreator } from './create';

export const DEFAULT_SETTINGS: Settings = { theme: 'system', lastSetup: null };

export const createSettingsSlice = (): SliceCreator<SettingsSlice> => (set) => ({
  settings: DEFAULT_SETTINGS,
  setTheme: (theme) => set((state) => ({ settings: { ...state.settings, theme } })),
  setLastSetup: (setup) =>
    set((state) => ({
      // Copied so a caller mutating its form state later cannot change what was saved.
      settings: {
        ...state.settings,
        lastSetup: { ...setup, guideSlugs: [...setup.guideSlugs], categories: [...setup.categories] },
      },
    })),
});
