import { BlockList, isIP } from 'node:net';

// Whether an IP address is a public one, reachable on the internet, or one that points at this machine, the
// internal network or a range that is no ordinary unicast destination. Built on the IANA special-purpose address
// registries (IPv4 and IPv6, as of 2025) with `net.BlockList`, which compares ranges numerically (so `127.1`-style
// spellings, leading zeros or compressed IPv6 forms make no difference once an address has been parsed).

/** IPv4 ranges that are never public: [network, prefix length, what it is]. */
export const NON_PUBLIC_IPV4: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network" (RFC 791); 0.0.0.0 reaches the own machine on most systems'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'shared address space, carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback (RFC 1122)'],
  ['169.254.0.0', 16, 'link-local, cloud metadata services (RFC 3927)'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (RFC 6890)'],
  ['192.0.2.0', 24, 'documentation TEST-NET-1 (RFC 5737)'],
  ['192.88.99.0', 24, '6to4 relay anycast, deprecated (RFC 7526)'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation TEST-NET-2 (RFC 5737)'],
  ['203.0.113.0', 24, 'documentation TEST-NET-3 (RFC 5737)'],
  ['224.0.0.0', 4, 'multicast (RFC 5771)'],
  ['240.0.0.0', 4, 'reserved, and 255.255.255.255 limited broadcast (RFC 1112, RFC 919)'],
];

/**
 * IPv6: only global unicast (2000::/3) can be public; everything else (::/8 with the unspecified and loopback
 * addresses, IPv4-mapped ::ffff:0:0/96 and IPv4-compatible ::/96, 100::/64 discard, fc00::/7 unique local,
 * fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast, 5f00::/16 SRv6 …) is not. Inside 2000::/3 these
 * are not public either. 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) carry an IPv4 address, which decides.
 */
export const NON_PUBLIC_IPV6_IN_GLOBAL: readonly (readonly [string, number, string])[] = [
  ['2001::', 23, 'IETF protocol assignments: Teredo, benchmarking, ORCHID … (RFC 2928)'],
  ['2001:db8::', 32, 'documentation (RFC 3849)'],
  ['3fff::', 20, 'documentation (RFC 9637)'],
];

const nonPublicV4 = new BlockList();
for (const [net, prefix] of NON_PUBLIC_IPV4) nonPublicV4.addSubnet(net, prefix, 'ipv4');

const globalUnicast = new BlockList();
globalUnicast.addSubnet('2000::', 3, 'ipv6');

const nonPublicV6 = new BlockList();
for (const [net, prefix] of NON_PUBLIC_IPV6_IN_GLOBAL) nonPublicV6.addSubnet(net, prefix, 'ipv6');

const nat64 = new BlockList();
nat64.addSubnet('64:ff9b::', 96, 'ipv6');
const sixToFour = new BlockList();
sixToFour.addSubnet('2002::', 16, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail read as two groups); null if it is none. */
export function ipv6Groups(address: string): number[] | null {
  if (isIP(address) !== 6 || address.includes('%')) return null;
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const b = dotted[1]!.split('.').map(Number);
    text = `${text.slice(0, dotted.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string) => (s === '' ? [] : s.split(':').map((g) => Number.parseInt(g, 16)));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...new Array<number>(fill).fill(0), ...right];
  return groups.length === 8 ? groups : null;
}

const v4Of = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * Whether `address` (an IP address as text, without brackets) is public: a unicast address on the internet, none
 * of the special-purpose ranges above. Anything that is no IP address, or carries a zone (`fe80::1%eth0`), is not.
 */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !nonPublicV4.check(address, 'ipv4');
  if (family !== 6 || address.includes('%')) return false;
  if (nat64.check(address, 'ipv6')) {
    const g = ipv6Groups(address);
    return g !== null && isPublicAddress(v4Of(g[6]!, g[7]!));
  }
  if (!globalUnicast.check(address, 'ipv6') || nonPublicV6.check(address, 'ipv6')) return false;
  if (sixToFour.check(address, 'ipv6')) {
    const g = ipv6Groups(address);
    return g !== null && isPublicAddress(v4Of(g[1]!, g[2]!));
  }
  return true;
}
