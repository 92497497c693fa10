import { routesOf } from '../../platform/modules/manifest.ts';
import { apiRoutes } from './api.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { providersRoutes } from './providers.routes.ts';
import { publicRoutes } from './public.routes.ts';
import { quartiereRoutes } from './quartiere.routes.ts';
import { stateRoutes } from './state.routes.ts';
import { translationsRoutes } from './translations.routes.ts';

/** Every route of the directory module. */
export const directoryRoutes = routesOf(
  publicRoutes,
  quartiereRoutes,
  translationsRoutes,
  providersRoutes,
  peopleRoutes,
  stateRoutes,
  apiRoutes,
);
