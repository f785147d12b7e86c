import { useNavigate } from '@tanstack/react-router';
import { type DragEvent, type ReactNode, useRef, useState } from 'react';

import { handOffFiles } from './pending-files';

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * The library takes guide files dropped anywhere on it: they open on the
 * Add guides page, which reads them and shows what it found.
 */
export function LibraryDropZone({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them to know when the pointer really left.
  const depth = useRef(0);

  return (
    <div
      className="relative"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (hasFiles(event)) event.preventDefault();
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        handOffFiles([...event.dataTransfer.files]);
        void navigate({ to: '/add-guides' });
      }}
    >
      {children}
      {over ? (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-40 grid place-items-center bg-accent-soft/80 p-6 backdrop-blur-sm"
        >
          <p className="rounded-2xl border-2 border-dashed border-accent bg-surface px-8 py-6 text-lg font-semibold shadow-lg">
            Drop guide files to add them to your library
          </p>
        </div>
      ) : null}
    </div>
  );
}
