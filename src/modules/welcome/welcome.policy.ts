import { inMunicipality, stateWide } from '../../platform/http/access.ts';

/** Who writes a municipality's guide, welcome page and places: its administration and its Quartier managers. */
export const CONTENT_EDITORS = ['municipality_admin', 'quartier_manager'] as const;
export const EDIT_CONTENT = inMunicipality(...CONTENT_EDITORS);

/** Who publishes a guide page after review: the municipality's administration (the integration office). */
export const CONTENT_PUBLISHERS = ['municipality_admin'] as const;
export const PUBLISH_CONTENT = inMunicipality(...CONTENT_PUBLISHERS);

/** Who submits a good-practice example: municipalities' staff and the providers' counsellors. */
export const PRACTICE_SUBMITTERS = ['municipality_admin', 'quartier_manager', 'counsellor'] as const;
export const SUBMIT_PRACTICE = inMunicipality(...PRACTICE_SUBMITTERS);

/** Who publishes the state-wide library: the state's editors. */
export const PRACTICE_EDITORS = ['state_admin'] as const;
export const EDIT_PRACTICE = stateWide(...PRACTICE_EDITORS);
