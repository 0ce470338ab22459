import type { SObjectDescribe } from './schemas/describe';

type LoadMany = (sobjects: string[]) => Promise<ReadonlyMap<string, SObjectDescribe | null>>;

interface Waiting {
  readonly sobject: string;
  readonly resolve: (describe: SObjectDescribe | null) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Gathers the describes asked for in the same turn of the event loop into one `loadMany` call. The panel asks for
 * seven objects at once, each through its own query (so each is cached and shared on its own), and this turns
 * those seven GETs (seven API calls) into one composite.
 */
export function batchDescribes(loadMany: LoadMany): (sobject: string) => Promise<SObjectDescribe | null> {
  let waiting: Waiting[] = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    loadMany(batch.map((entry) => entry.sobject)).then(
      (describes) => batch.forEach((entry) => entry.resolve(describes.get(entry.sobject) ?? null)),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };
  return (sobject) =>
    new Promise((resolve, reject) => {
      // A task, not a microtask: it gathers every describe asked for while the current task runs, however many
      // promise hops apart.
      if (waiting.length === 0) setTimeout(flush, 0);
      waiting.push({ sobject, resolve, reject });
    });
}
