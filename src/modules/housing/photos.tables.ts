import type { Generated } from 'kysely';

/** Kysely type of a flat's photo (migrations/20261202122000_housing_flat_photos.sql). */
export interface FlatPhotoTable {
  municipality_id: string;
  id: Generated<string>;
  flat_id: string;
  position: Generated<number>;
  content_type: 'image/webp';
  data: Uint8Array;
  width: number;
  height: number;
  bytes: number;
  alt_text: string;
  created_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    housing_flat_photos: FlatPhotoTable;
  }
}
