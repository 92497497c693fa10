import type { Tenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import './community.tables.ts';

// Reads of community's sections on the Quartier page (rooms are written by the rooms part, never here).

export interface QuartierRoomRow {
  id: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  capacity: number;
  openingHours: string | null;
  /** Null: a room of the Quartier itself (its office), not a provider's. */
  providerId: string | null;
  wheelchairAccessible: boolean;
  stepFree: boolean;
}

/** The active rooms of a Quartier, by name. */
export function roomsOfQuartier(db: Executor, t: Tenant, quartierId: string): Promise<QuartierRoomRow[]> {
  return db
    .selectFrom('community_rooms')
    .select([
      'id',
      'name',
      'street',
      'postcode',
      'city',
      'capacity',
      'opening_hours as openingHours',
      'provider_id as providerId',
      'wheelchair_accessible as wheelchairAccessible',
      'step_free as stepFree',
    ])
    .where('municipality_id', '=', t.municipalityId)
    .where('quartier_id', '=', quartierId)
    .where('active', '=', true)
    .orderBy('name')
    .orderBy('id')
    .execute();
}
