import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { certificateCounts, certificateOfMentee } from './certificates.repository.ts';

/** Where a mentee's certificate is: for "My Zuhause" (`/:locale/me/mentoring`) to link the PDF. */
export interface CertificateLink {
  id: string;
  code: string;
  issuedAt: Date;
}

/** A mentee's certificate; null when none was issued. */
export function certificateOf(db: Executor, t: Tenant, menteeId: string): Promise<CertificateLink | null> {
  return certificateOfMentee(db, t, menteeId);
}

/** The PDF of a certificate (for the mentee and the programme's staff). */
export function certificatePdfPath(locale: string, municipality: string, certificateId: string): string {
  return `/${locale}/m/${municipality}/mentoring/certificates/${certificateId}.pdf`;
}

/** The public verification page of a code. */
export function certificateVerifyPath(locale: string, code: string): string {
  return `/${locale}/certificates/${code}`;
}

/** How many of a cycle's mentees completed and how many of them hold a certificate (for `CertificateIssueBlock`). */
export function cycleCertificateCounts(db: Executor, t: Tenant, cycleId: string) {
  return certificateCounts(db, t, cycleId);
}

/** Where staff issue a cycle's certificates (the form of `CertificateIssueBlock`). */
export function certificatesIssuePath(
  locale: string,
  municipality: string,
  programme: string,
  cycleId: string,
): string {
  return `/${locale}/m/${municipality}/admin/mentoring/${programme}/cycles/${cycleId}/certificates`;
}
