import { lookup as dnsLookup } from 'node:dns/promises';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from '../../lib/net/index.ts';

// Outgoing GET requests to addresses that users enter (an OParl endpoint, and the links its answers contain), so
// that none of them reaches this machine or the internal network (SSRF, decision 0227). The host is resolved
// once, every address it resolves to must be public, and the connection goes to exactly the checked address: the
// socket's `lookup` hands out the checked result, so a DNS answer that changes between check and connect
// (rebinding) has nothing to change. Redirects are followed here, hop by hop, each checked the same way. No
// connection is pooled (a socket opened for one caller is never reused by another with other rules).

/** Why a request was refused before it was sent (`scheme`, `address`) or given up (`redirects`, `tooLarge`). */
export type OutboundRefusal = 'scheme' | 'address' | 'redirects' | 'tooLarge';

export class OutboundRefused extends Error {
  constructor(
    readonly reason: OutboundRefusal,
    readonly url: string,
    readonly detail = '',
  ) {
    super(`outbound ${reason}: ${url}${detail ? ` (${detail})` : ''}`);
    this.name = 'OutboundRefused';
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface OutboundOptions {
  /** Let requests reach private, loopback and other non-public addresses (`OUTBOUND_ALLOW_PRIVATE`). */
  allowPrivateAddresses: boolean;
  /** Non-public addresses let through one by one, exactly as written (a test's own server on 127.0.0.1). */
  allowAddresses?: readonly string[];
  /** Aborts the request, its redirects and the reading of the body. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Redirects followed at most (each checked); more is refused. Default 5. */
  maxRedirects?: number;
  /** The body is read up to this many bytes; more is refused. Default 20 MB. */
  maxBytes?: number;
  /** Resolves a host name to every address (default: `dns.lookup` with `all`); tests name their own. */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
}

export interface OutboundResponse {
  status: number;
  /** The URL that answered (after redirects). */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve = (host: string) => dnsLookup(host, { all: true, verbatim: true });

/**
 * The addresses `url` may be reached at, all checked: its IP literal, or every address its host resolves to. Any
 * address that is not public refuses the whole host (unless private addresses are allowed), so that the choice of
 * address by the connection cannot pick the one that was not checked.
 */
export async function checkedAddresses(url: URL, o: OutboundOptions): Promise<ResolvedAddress[]> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefused('scheme', url.href);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  const addresses = family ? [{ address: host, family }] : await (o.resolve ?? systemResolve)(host);
  if (addresses.length === 0) throw new OutboundRefused('address', url.href, 'no address');
  if (!o.allowPrivateAddresses) {
    const bad = addresses.find((a) => !isPublicAddress(a.address) && !o.allowAddresses?.includes(a.address));
    if (bad) throw new OutboundRefused('address', url.href, bad.address);
  }
  return addresses;
}

/** A socket `lookup` that answers with the addresses checked before, whatever the host. */
function pinned(addresses: ResolvedAddress[]): LookupFunction {
  return (_host, options, callback) => {
    const first = addresses[0]!;
    if ((options as { all?: boolean }).all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
    else callback(null, first.address, first.family);
  };
}

/** One request to a checked address; the answer with its body read (bounded), or an error. */
function once(url: URL, addresses: ResolvedAddress[], o: OutboundOptions): Promise<OutboundResponse> {
  const maxBytes = o.maxBytes ?? 20 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      url,
      {
        method: 'GET',
        headers: o.headers ?? {},
        agent: false,
        lookup: pinned(addresses),
        ...(o.signal ? { signal: o.signal } : {}),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
          res.resume();
          resolve({ status, url: url.href, headers: res.headers, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            reject(new OutboundRefused('tooLarge', url.href, `more than ${maxBytes} bytes`));
            req.destroy();
            return;
          }
          chunks.push(chunk);
        });
        // As `Response.text()` reads it: UTF-8, a byte order mark dropped.
        res.on('end', () =>
          resolve({
            status,
            url: url.href,
            headers: res.headers,
            body: new TextDecoder().decode(Buffer.concat(chunks)),
          }),
        );
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('the answer was cut off')));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * GETs `url` (http or https only), each hop checked: its scheme, and every address its host resolves to must be
 * public unless `allowPrivateAddresses`. Redirects (301, 302, 303, 307, 308) are followed up to `maxRedirects`.
 * Throws `OutboundRefused` for a refused address or scheme (also of a redirect's target), too many redirects or a
 * body over `maxBytes`; any other failure (DNS, connection, abort) is thrown as it comes.
 */
export async function outboundGet(url: string, o: OutboundOptions): Promise<OutboundResponse> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new OutboundRefused('scheme', url, 'no URL');
  }
  const maxRedirects = o.maxRedirects ?? 5;
  for (let hop = 0; ; hop++) {
    o.signal?.throwIfAborted();
    const addresses = await checkedAddresses(current, o);
    const res = await once(current, addresses, o);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.status) || typeof location !== 'string') return res;
    if (hop >= maxRedirects) throw new OutboundRefused('redirects', url, `more than ${maxRedirects}`);
    try {
      current = new URL(location, current);
    } catch {
      throw new OutboundRefused('scheme', location, 'no URL');
    }
  }
}
