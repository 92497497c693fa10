import type { SessionUser } from '../../../platform/auth/session-user.ts';
import type { ViewContext } from '../../../platform/views/context.ts';
import { canEditDirectory, DIRECTORY_READERS } from '../directory.policy.ts';
import type { ProviderRow } from '../providers.repository.ts';

/** The municipality a staff page belongs to, as views need it. */
export interface PageTenant {
  municipalityId: string;
  slug: string;
  name: string;
}

/** Base of a municipality's URLs in the current language. */
export const mBase = (ctx: ViewContext, slug: string): string => `/${ctx.locale}/m/${slug}`;

/** True when the user may read this municipality's staff directory pages. */
export function readsDirectory(user: SessionUser | null, municipalityId: string): boolean {
  return !!user?.roles.some(
    (r) => (DIRECTORY_READERS as readonly string[]).includes(r.role) && r.municipalityId === municipalityId,
  );
}

/** An e-mail address or URL that may wrap after `@`, `.` and `/` on a narrow phone screen. */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[@./])/);
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 && <wbr />}
          {part}
        </>
      ))}
    </>
  );
}

/** A provider's contact details as a list (only what is known). */
export function ProviderContact({ ctx, p }: { ctx: ViewContext; p: ProviderRow }) {
  return (
    <>
      {p.email && (
        <>
          {' · '}
          <a class="kern-link" href={`mailto:${p.email}`}>
            <Breakable text={p.email} />
          </a>
        </>
      )}
      {p.phone && (
        <>
          {' · '}
          <a class="kern-link" href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
            {p.phone}
          </a>
        </>
      )}
      {p.website && (
        <>
          {' · '}
          <a class="kern-link" href={p.website} rel="noopener noreferrer">
            {ctx.t('directory.provider.website')}
          </a>
        </>
      )}
    </>
  );
}

export { canEditDirectory };
