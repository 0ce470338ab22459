import { registerCompositeRoute } from './composite-route';
import { registerExternalIdRoutes } from './external-id-routes';
import { registerLimitsRoute } from './limits-route';
import { registerQueryRoutes } from './query-routes';
import { registerReplicationRoutes } from './replication-routes';
import { RestRouter } from './router';
import { registerSearchRoutes } from './search-routes';
import { registerSObjectRoutes } from './sobject-routes';

/** Every REST route under /services/data/vNN.N. */
export function buildRestRouter(): RestRouter {
  const router = new RestRouter();
  // Before the sObject routes: /sobjects/{T}/updated would otherwise read as a record id.
  registerReplicationRoutes(router);
  registerSObjectRoutes(router);
  registerExternalIdRoutes(router);
  registerQueryRoutes(router);
  registerSearchRoutes(router);
  registerLimitsRoute(router);
  registerCompositeRoute(router);
  return router;
}
