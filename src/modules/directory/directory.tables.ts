import type { Generated } from 'kysely';
import '../../platform/auth/auth-tables.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

/** Kysely types of the directory's tenant tables (created in migrations/20261126090100_directory_core.sql). */
export interface QuartierTable {
  municipality_id: string;
  id: Generated<string>;
  slug: string;
  name: string;
  area_description: Generated<string>;
  /** A GeoJSON Polygon or MultiPolygon geometry, WGS 84 (lon, lat). */
  boundary: GeoJsonGeometry | null;
  approx_residents: number | null;
  /** The language the description is written in. */
  source_locale: Generated<Locale>;
  created_at: Generated<Date>;
}

/** A Quartier's description in another language, with the hash of the source text it was made from. */
export interface QuartierTranslationTable {
  municipality_id: string;
  quartier_id: string;
  locale: Locale;
  area_description: string;
  source_hash: string;
  updated_at: Generated<Date>;
}

export const PROVIDER_KINDS = ['charity', 'association', 'housing_company', 'church', 'municipal', 'other'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export interface ProviderTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  kind: ProviderKind;
  email: string | null;
  phone: string | null;
  website: string | null;
  created_at: Generated<Date>;
}

export type Position = number[];
export type GeoJsonGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

declare module '../../platform/db/types.ts' {
  interface Database {
    quartiere: QuartierTable;
    providers: ProviderTable;
    quartier_translations: QuartierTranslationTable;
  }
}
