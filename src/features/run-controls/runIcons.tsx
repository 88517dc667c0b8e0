import type { ReactNode } from 'react';

const icon = (children: ReactNode, filled = false) => (
  <svg
    width="16"
    height="16"
    viewBox="0 0 24 24"
    fill={filled ? 'currentColor' : 'none'}
    stroke="currentColor"
    strokeWidth={filled ? 0 : 2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
    focusable="false"
  >
    {children}
  </svg>
);

/** The run glyphs, inline SVG (system fonts lack some of the media symbols). */
export const RUN_ICONS = {
  play: icon(<path d="M7 4.5v15l12.5-7.5z" />, true),
  pause: icon(
    <>
      <rect x="6" y="5" width="4" height="14" rx="1" />
      <rect x="14" y="5" width="4" height="14" rx="1" />
    </>,
    true,
  ),
  step: icon(
    <>
      <path d="M5 5.5v13l10-6.5z" />
      <rect x="16.5" y="5.5" width="3" height="13" rx="1" />
    </>,
    true,
  ),
  stop: icon(<rect x="6" y="6" width="12" height="12" rx="1.5" />, true),
  reset: icon(<path d="M4 12a8 8 0 1 0 2.4-5.7M4 4v4.5h4.5" />),
  dice: icon(
    <>
      <rect x="4" y="4" width="16" height="16" rx="3" />
      <circle cx="9" cy="9" r="1.3" fill="currentColor" />
      <circle cx="15" cy="15" r="1.3" fill="currentColor" />
      <circle cx="15" cy="9" r="1.3" fill="currentColor" />
      <circle cx="9" cy="15" r="1.3" fill="currentColor" />
    </>,
  ),
};
