import type { StateCreator } from 'zustand';

import type { PracticeState } from '../types';

/** A slice creator for the combined store, which runs inside `persist`. */
export type SliceCreator<Slice> = StateCreator<PracticeState, [['zustand/persist', unknown]], [], Slice>;
