import { describe, expect, it } from 'vitest';
import { LINK_LIMITS, linkLength, linkVerdict } from './linkLimits';

describe('link limits', () => {
  it('warns past what software must support and refuses past what Firefox opens', () => {
    expect(linkVerdict(500)).toBe('ok');
    expect(linkVerdict(LINK_LIMITS.warnAbove)).toBe('ok');
    expect(linkVerdict(LINK_LIMITS.warnAbove + 1)).toBe('long');
    expect(linkVerdict(1_048_576)).toBe('long');
    expect(linkVerdict(1_048_577)).toBe('tooLong');
  });

  it('says how long a link is', () => {
    expect(linkLength(8123)).toBe('8,123 characters');
    expect(linkLength(1_460_000)).toBe('1.5 million characters');
  });
});
