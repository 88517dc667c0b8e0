/**
 * Removes the `&`-separated parts of the address's fragment that `drop` picks (a share link's
 * `flow=…`, a view-only page's `view=1`), keeping the others, without a new history entry.
 */
export function dropFragmentParts(drop: (part: string) => boolean): void {
  const { pathname, search, hash } = window.location;
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '' && !drop(p));
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${search}${rest.length ? `#${rest.join('&')}` : ''}`,
  );
}

/** The fragment part that opens a shared flow as a view-only page: `#view=1&flow=…`. */
export const VIEW_ONLY_PART = 'view=1';
