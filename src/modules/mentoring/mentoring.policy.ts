import { inMunicipality } from '../../platform/http/access.ts';

/**
 * Who runs a mentoring programme: staff of the municipality (its integration office, the Quartier managers) who are
 * on the programme's staff list (`mentoring_programme_staff`). The route admits the roles; the handler narrows to
 * the programme's own staff (`isProgrammeStaff`), so that another programme's staff never see its applications
 * (a mentee's political direction is special-category data).
 */
export const PROGRAMME_STAFF_ROLES = ['municipality_admin', 'quartier_manager'] as const;
export const RUN_PROGRAMMES = inMunicipality(...PROGRAMME_STAFF_ROLES);

/** Who sets up programmes and names their staff: the municipality's administration. */
export const PROGRAMME_ADMINS = ['municipality_admin'] as const;
export const ADMINISTER_PROGRAMMES = inMunicipality(...PROGRAMME_ADMINS);
