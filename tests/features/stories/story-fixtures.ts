import type { Story } from '@/domain/model';
import { RECORD_VERSIONS } from '@/domain/versions';
import { usePracticeStore } from '@/stores';

/** A story record as the store keeps it. */
export function aStory(overrides: Partial<Story> = {}): Story {
  return {
    schemaVersion: RECORD_VERSIONS.stories,
    id: 'story-1',
    title: 'Settled a release dispute',
    situation: 'Two teams disagreed about the release date.',
    task: 'Get them to one plan.',
    action: 'I met each lead, wrote down the facts, and proposed a staged release.',
    result: 'We shipped 2 weeks early.',
    tags: ['conflict', 'negotiation'],
    numbers: '2 weeks early',
    questionIds: [],
    createdAt: Date.UTC(2025, 0, 1),
    updatedAt: Date.UTC(2025, 0, 1),
    ...overrides,
  };
}

/** resetPracticeStore leaves the user's own guides and stories alone: these tests start without any. */
export function seedStories(stories: Story[] = []) {
  usePracticeStore.setState({ guides: {}, stories: Object.fromEntries(stories.map((s) => [s.id, s])) });
}

export const storiesInStore = () => Object.values(usePracticeStore.getState().stories);
