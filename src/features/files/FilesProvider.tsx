import type { ReactNode } from 'react';
import { DropOverlay } from './DropOverlay';
import { useDocumentPersistence } from './useDocumentPersistence';
import { useFileDrop } from './useFileDrop';
import { useFileShortcuts } from './useFileShortcuts';
import './files.css';

/** Document-level file behaviours: restore and autosave, drop a file, paste a flow, Ctrl+S. */
export function FilesProvider({ children }: { children: ReactNode }) {
  useDocumentPersistence();
  useFileShortcuts();
  const dragging = useFileDrop();
  return (
    <>
      {children}
      {dragging && <DropOverlay />}
    </>
  );
}
