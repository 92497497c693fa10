import type { Generated } from 'kysely';

/** Kysely type of a room's photo (migrations/20261204110000_community_room_photos.sql). */
export interface RoomPhotoTable {
  municipality_id: string;
  id: Generated<string>;
  room_id: string;
  position: number;
  content_type: 'image/webp';
  data: Uint8Array;
  width: number;
  height: number;
  bytes: number;
  alt_text: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    community_room_photos: RoomPhotoTable;
  }
}
