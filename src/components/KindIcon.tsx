import type { ReactNode } from 'react';
import type { NodeKind } from '../model';

// Drawn inline (24x24, stroked with currentColor) so there is no icon font to download and
// the colour follows the category.
const PATHS: Record<NodeKind, ReactNode> = {
  client: (
    <>
      <circle cx="12" cy="8" r="3.5" />
      <path d="M5 20c0-3.9 3.1-6.5 7-6.5s7 2.6 7 6.5" />
    </>
  ),
  schedule: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  source: <path d="M13 3 5 13.5h6L10 21l8-10.5h-6z" />,
  api: (
    <>
      <path d="M8 6 3 12l5 6" />
      <path d="m16 6 5 6-5 6" />
      <path d="m13.5 5-3 14" />
    </>
  ),
  bus: (
    <>
      <path d="M3 7h18" />
      <path d="M7 7v10" />
      <path d="M12 7v10" />
      <path d="M17 7v10" />
      <path d="m5 15 2 2 2-2M10 15l2 2 2-2M15 15l2 2 2-2" />
    </>
  ),
  topic: (
    <>
      <circle cx="6" cy="12" r="2.5" />
      <path d="M11 7.5c2 2.5 2 6.5 0 9" />
      <path d="M15 5c3.3 4 3.3 10 0 14" />
      <path d="M19 3c4.3 5.3 4.3 12.7 0 18" />
    </>
  ),
  queue: (
    <>
      <rect x="2.5" y="8" width="5" height="8" rx="1" />
      <rect x="9.5" y="8" width="5" height="8" rx="1" />
      <rect x="16.5" y="8" width="5" height="8" rx="1" />
    </>
  ),
  stream: (
    <>
      <path d="M2 7c3-2 5 2 8 0s5-2 8 0 3 0 4-1" />
      <path d="M2 12c3-2 5 2 8 0s5-2 8 0 3 0 4-1" />
      <path d="M2 17c3-2 5 2 8 0s5-2 8 0 3 0 4-1" />
    </>
  ),
  function: <path d="M6 4h3l8.5 16M12.2 10.5 6.5 20" />,
  table: (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="1.5" />
      <path d="M3 9.5h18M3 14.5h18M10 9.5v10" />
    </>
  ),
  bucket: (
    <>
      <ellipse cx="12" cy="6" rx="8" ry="2.5" />
      <path d="M4 6l2 12.5c.3 1.5 2.9 2.5 6 2.5s5.7-1 6-2.5L20 6" />
    </>
  ),
  external: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17" />
      <path d="M12 3.5c2.5 2.5 3.5 5.5 3.5 8.5s-1 6-3.5 8.5c-2.5-2.5-3.5-5.5-3.5-8.5s1-6 3.5-8.5z" />
    </>
  ),
};

/** The glyph of a node kind, for the palette and the canvas cards. */
export function KindIcon({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
    >
      {PATHS[kind]}
    </svg>
  );
}
