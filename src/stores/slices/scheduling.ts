import type { GuidePlan } from '@/domain/model';
import { parseDateOnly } from '@/domain/schedule-dates';

import type { RecordWriter, SchedulingSlice, StoreEnv } from '../types';
import type { SliceCreator } from './create';

export const createSchedulingSlice =
  (writer: RecordWriter, env: StoreEnv): SliceCreator<SchedulingSlice> =>
  (set, get) => ({
    schedules: {},
    plans: {},
    setInterviewDate: (guideSlug, date) => {
      if (!guideSlug) return;
      const interviewDate = date === null || date === '' ? null : parseDateOnly(date) === null ? undefined : date;
      if (interviewDate === undefined) return;
      const current = get().plans[guideSlug];
      if ((current?.interviewDate ?? null) === interviewDate) return;
      const plan: GuidePlan = {
        schemaVersion: env.versions.recordVersions.plans,
        guideSlug,
        interviewDate,
        updatedAt: env.now(),
      };
      set((state) => ({ plans: { ...state.plans, [guideSlug]: plan } }));
      writer.savePlan(plan);
    },
  });
