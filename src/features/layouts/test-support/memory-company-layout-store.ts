import type { CompanyLayoutStore, CompanyLayouts } from '../layout-types';

export interface MemoryCompanyLayoutStore extends CompanyLayoutStore {
  /** What the store holds now, as another teammate's browser would load it. */
  readonly current: CompanyLayouts | undefined;
  /** The next save (or load) rejects with this, once. */
  failNextSave(error: Error): void;
  failNextLoad(error: Error): void;
}

/** The company layout held in memory: one instance plays the org shared by every teammate of a test. */
export function memoryCompanyLayoutStore(initial?: CompanyLayouts): MemoryCompanyLayoutStore {
  let current = initial;
  let saveFailure: Error | undefined;
  let loadFailure: Error | undefined;
  const takeFailure = (failure: Error | undefined) => (failure === undefined ? Promise.resolve() : Promise.reject(failure));
  return {
    get current() {
      return current;
    },
    failNextSave: (error) => void (saveFailure = error),
    failNextLoad: (error) => void (loadFailure = error),
    load: async () => {
      const failure = loadFailure;
      loadFailure = undefined;
      await takeFailure(failure);
      return current && structuredClone(current);
    },
    save: async (layouts) => {
      const failure = saveFailure;
      saveFailure = undefined;
      await takeFailure(failure);
      current = structuredClone(layouts);
    },
  };
}
