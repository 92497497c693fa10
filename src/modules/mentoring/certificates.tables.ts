import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the certificates (migrations/20261207150000_mentoring_certificates.sql). */

/** What a certificate prints, kept as it was when it was issued. */
export interface CertificateSnapshot {
  programme: { de: string; local: string; organiser: string };
  cycle: { name: string; startsOn: string; endsOn: string };
  activities: { kind: string; title: string; onDate: string }[];
}

export interface CertificateTable {
  municipality_id: string;
  id: Generated<string>;
  mentee_id: string;
  code: string;
  issued_at: ColumnType<Date, Date | string | undefined, Date | string>;
  issued_by: string | null;
  mentee_name: string;
  locale: string;
  snapshot: ColumnType<CertificateSnapshot, string, string>;
  activities_count: number;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    mentoring_certificates: CertificateTable;
  }
}
