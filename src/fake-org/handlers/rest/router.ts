import { ApiFault } from '../../api-fault';
import type { RestCall, RestResult, RestRoute } from './rest-types';

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handle: RestRoute;
}

// A tiny path router over the REST routes. The same table serves plain HTTP calls and the
// subrequests of /composite, so both behave identically.
export class RestRouter {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handle: RestRoute): this {
    const names: string[] = [];
    const source = path.replace(/:(\w+)/g, (_match, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), names, handle });
    return this;
  }

  async dispatch(call: RestCall): Promise<RestResult> {
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(call.path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== call.method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')));
      return route.handle(call, params);
    }
    if (pathMatched) {
      throw new ApiFault(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${call.method}' not allowed. Allowed are GET,HEAD,PATCH,POST,DELETE`);
    }
    throw new ApiFault(404, 'NOT_FOUND', 'The requested resource does not exist');
  }
}
