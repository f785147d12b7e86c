/** Delete and restore through the store; what a delete returns is kept only to hand back for Undo. */
import { usePracticeStore, type DeletedSession } from '@/stores';

export type Deleted = DeletedSession;

export function deleteSession(sessionId: string): DeletedSession | null {
  return usePracticeStore.getState().deleteSession(sessionId);
}

export function restoreSession(deleted: DeletedSession): void {
  usePracticeStore.getState().restoreSession(deleted);
}
