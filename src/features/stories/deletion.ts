/** Delete and restore through the store; what a delete returns is kept only to hand back for Undo. */
import { type Story, usePracticeStore } from '@/stores';

export function deleteStory(storyId: string): Story | null {
  return usePracticeStore.getState().deleteStory(storyId);
}

export function restoreStory(story: Story): void {
  usePracticeStore.getState().restoreStory(story);
}
