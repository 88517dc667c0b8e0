import type { ReactNode } from 'react';

const icon = (children: ReactNode) => (
  <svg
    width="18"
    height="18"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={1.9}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
    focusable="false"
  >
    {children}
  </svg>
);

/** The top bar's edit glyphs, inline so nothing is downloaded. */
export const EDIT_ICONS = {
  undo: icon(<path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />),
  redo: icon(<path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />),
  layout: icon(
    <>
      <rect x="2.5" y="9" width="5" height="6" rx="1" />
      <rect x="16.5" y="3.5" width="5" height="6" rx="1" />
      <rect x="16.5" y="14.5" width="5" height="6" rx="1" />
      <path d="M7.5 12h4.5m0-5.5V17.5m0-11h4.5m-4.5 11h4.5" />
    </>,
  ),
  fit: icon(<path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M9 9h6v6H9z" />),
  note: icon(<path d="M5 4h14v10l-6 6H5zM13 20v-6h6M8.5 8.5h7M8.5 12h4" />),
};
