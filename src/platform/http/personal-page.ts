import type { FastifyRequest } from 'fastify';

// Requests whose page used something of the visitor's own (its form token): the page cache never stores them.
const personal = new WeakSet<FastifyRequest>();

/** Marks the page of this request as personal (it carries a form token), so that it is never shared. */
export function markPersonal(req: FastifyRequest): void {
  personal.add(req);
}

/** True when the page of this request is the visitor's own. */
export function isPersonal(req: FastifyRequest): boolean {
  return personal.has(req);
}
