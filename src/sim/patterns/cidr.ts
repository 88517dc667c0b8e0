/** An IP address as 16-bit words: 2 for IPv4, 8 for IPv6, so one prefix test covers both. */
export interface IpAddress {
  readonly v6: boolean;
  readonly words: readonly number[];
}

export interface CidrBlock {
  readonly v6: boolean;
  readonly words: readonly number[];
  readonly bits: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIPv4Words(text: string): number[] | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  return [(a << 8) | b, (c << 8) | d];
}

function parseGroups(part: string): number[] | undefined {
  if (part === '') return [];
  const groups = part.split(':');
  const words: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] ?? '';
    // RFC 4291 allows a dotted IPv4 tail (::ffff:10.0.0.1); it fills the last two words.
    if (i === groups.length - 1 && g.includes('.')) {
      const tail = parseIPv4Words(g);
      if (!tail) return undefined;
      words.push(...tail);
    } else if (HEX_GROUP.test(g)) {
      words.push(parseInt(g, 16));
    } else {
      return undefined;
    }
  }
  return words;
}

function parseIPv6Words(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  if (!head) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const tail = parseGroups(halves[1] ?? '');
  if (!tail || head.length + tail.length > 7) return undefined;
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIPv4Words(text);
  if (v4) return { v6: false, words: v4 };
  if (!text.includes(':')) return undefined;
  const v6 = parseIPv6Words(text);
  return v6 ? { v6: true, words: v6 } : undefined;
}

/** Parses "10.0.0.0/24" or "2001:db8::/32"; host bits are ignored, as routers do. */
export function parseCidr(text: string): CidrBlock | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > ip.words.length * 16) return undefined;
  return { v6: ip.v6, words: ip.words, bits };
}

export function cidrContains(block: CidrBlock, ip: IpAddress): boolean {
  if (block.v6 !== ip.v6) return false;
  let left = block.bits;
  for (let i = 0; left > 0; i++, left -= 16) {
    const take = Math.min(16, left);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if (((block.words[i] ?? 0) & mask) !== ((ip.words[i] ?? 0) & mask)) return false;
  }
  return true;
}
