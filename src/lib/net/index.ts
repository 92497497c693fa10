/**
 * Public API of the network address library (pure: no I/O, routes or tables): whether an IP address is a public
 * one, after the IANA special-purpose registries. The request that uses it is `platform/http/outbound.ts`; see
 * docs/decisions/0227-outbound-requests.md. Callers import only from here.
 */
export { ipv6Groups, isPublicAddress, NON_PUBLIC_IPV4, NON_PUBLIC_IPV6_IN_GLOBAL } from './address.ts';
