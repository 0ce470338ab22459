import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { describeQueryOptions, useSalesforce, type SObjectDescribe } from '../../salesforce';
import { customChildren, SETTINGS_PARENTS, SETTINGS_STANDARD, type DescribeLookup } from './settings-objects';

export interface SettingsDescribes {
  /** By API name; null for an object this user can't see. */
  readonly describes: DescribeLookup;
  readonly isPending: boolean;
  readonly error: Error | null;
  readonly retry: () => void;
}

interface Loaded {
  readonly data: readonly (SObjectDescribe | null | undefined)[];
  readonly isPending: boolean;
  readonly error: Error | null;
  readonly retry: () => void;
}

function combine(results: UseQueryResult<SObjectDescribe | null>[]): Loaded {
  return {
    data: results.map((result) => result.data),
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
    retry: () => results.filter((result) => result.isError).forEach((result) => void result.refetch()),
  };
}

/** The describes of every object with a layout: the standard ones, then the custom children they reveal. */
export function useSettingsDescribes(): SettingsDescribes {
  const { client, orgKey } = useSalesforce();
  const input = { client, orgKey };
  const standard = useQueries({ queries: SETTINGS_STANDARD.map((name) => describeQueryOptions(input, name)), combine });
  const parents = SETTINGS_PARENTS.flatMap((name) => standard.data[SETTINGS_STANDARD.indexOf(name)] ?? []);
  const customNames = [...new Set(parents.flatMap(customChildren))];
  const custom = useQueries({ queries: customNames.map((name) => describeQueryOptions(input, name)), combine });

  const describes: Record<string, SObjectDescribe | null> = {};
  const data = [...standard.data, ...custom.data];
  [...SETTINGS_STANDARD, ...customNames].forEach((name, index) => {
    const describe = data[index];
    if (describe !== undefined) describes[name] = describe;
  });
  return {
    describes,
    isPending: standard.isPending,
    error: standard.error ?? custom.error,
    retry: () => {
      standard.retry();
      custom.retry();
    },
  };
}
