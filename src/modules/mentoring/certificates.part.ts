import type { ManifestPart } from '../../platform/modules/manifest.ts';
import { routesOf } from '../../platform/modules/manifest.ts';
import { certificatesRoutes } from './certificates.routes.ts';
import { certificatesSeed } from './certificates.seed.ts';
import './certificates.tables.ts';

/**
 * Certificates: a PDF per completed mentee (German and the mentee's language, printed by Chromium with an
 * embedded font for Arabic script), a verification code with a QR code, and the public page that checks it.
 * The staff issue them from the cycle's pairings page; the mentee finds theirs on "My Zuhause" (`certificateOf`).
 */
export const certificatesPart: ManifestPart = {
  routes: routesOf(certificatesRoutes),
  seed: [certificatesSeed],
  tables: ['mentoring_certificates'],
  auditSubjects: ['mentoring.certificate'],
};
