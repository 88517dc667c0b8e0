/**
 * How long a share link may be. Browsers take long URLs (fragment included): Chromium up to
 * 2 MiB (url::kMaxURLChars = 2 * 1024 * 1024), Firefox up to 1 MiB by default
 * (network.standard-url.max-length = 1048576). A longer link would not open in Firefox, so it
 * is refused. Everything on the way breaks far earlier: RFC 9110 §4.1 only asks software to
 * support URIs of 8,000 octets, and chat apps, email clients and link shorteners cut or refuse
 * longer ones, so past that the link is still copied, with a warning.
 */
export const LINK_LIMITS = { warnAbove: 8_000, refuseAbove: 1_048_576 } as const;

export type LinkVerdict = 'ok' | 'long' | 'tooLong';

export function linkVerdict(length: number): LinkVerdict {
  if (length > LINK_LIMITS.refuseAbove) return 'tooLong';
  return length > LINK_LIMITS.warnAbove ? 'long' : 'ok';
}

/** "1,234 characters" / "1.4 million characters": how long a link is, in words. */
export function linkLength(length: number): string {
  if (length >= 1_000_000) return `${(length / 1_000_000).toFixed(1)} million characters`;
  return `${length.toLocaleString('en-US')} characters`;
}
