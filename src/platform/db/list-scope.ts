import { sql } from 'kysely';

/** Whose list a staff page shows: one municipality's rows, or the state level's (rows without a municipality). */
export type ListScope = { municipalityId: string } | { stateWide: true };

/** The operator and value that pick a scope's rows by their municipality column: `where(column, op, value)`. */
export function scopeMatch(scope: ListScope): { op: '=' | 'is'; value: string | null } {
  return 'municipalityId' in scope ? { op: '=', value: scope.municipalityId } : { op: 'is', value: null };
}

// Date filters name calendar days; their boundaries are taken in German time, as the pages show the dates.

/** The first instant of a day (`YYYY-MM-DD`). */
export const dayStart = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone 'Europe/Berlin'`;

/** The first instant after a day (`YYYY-MM-DD`), the exclusive end of a range that includes it. */
export const dayAfter = (day: string) => sql<Date>`(${day}::date + 1)::timestamp at time zone 'Europe/Berlin'`;

/** The municipality of a scope, as audit rows and mails name it (null: the state level). */
export const scopeMunicipality = (scope: ListScope) => ('municipalityId' in scope ? scope.municipalityId : null);
