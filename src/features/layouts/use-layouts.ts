import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useHostContext } from '../../host';
import { useSalesforce, type SObjectDescribe } from '../../salesforce';
import { companyLayoutQueryOptions } from './company-layout-query';
import { useCompanyLayoutStore } from './company-layout-store-context';
import { layoutKeyOf } from './layout-key';
import { effectiveLayout, type MyLayouts } from './layout-model';
import { myLayoutQueryOptions } from './my-layout-query';

export interface Layouts {
  /** The fields a card of this object shows, in order. */
  readonly layoutFor: (describe: SObjectDescribe) => readonly string[];
  /** Changes whenever any answer of layoutFor may change: put it in the query keys that use layoutFor. */
  readonly layoutKey: string;
}

const NO_CHANGES: MyLayouts = {};

/**
 * The layouts the panel shows: the company's plus this teammate's own changes. Never waits: until the company
 * layout arrives (or if it can't be read) the last copy this browser saw, or the defaults, apply.
 */
export function useLayouts(): Layouts {
  const { orgKey } = useSalesforce();
  const store = useCompanyLayoutStore();
  const teammateId = useHostContext()?.teammate.id;
  const company = useQuery(companyLayoutQueryOptions({ orgKey, store })).data?.objects;
  const myQuery = useQuery(myLayoutQueryOptions({ orgKey, teammateId: teammateId ?? '' }));
  const mine = teammateId === undefined ? NO_CHANGES : myQuery.data;

  const layoutFor = useCallback(
    (describe: SObjectDescribe) => effectiveLayout(describe, company?.[describe.name], mine[describe.name]),
    [company, mine],
  );
  const layoutKey = useMemo(() => layoutKeyOf(company, mine), [company, mine]);
  return useMemo(() => ({ layoutFor, layoutKey }), [layoutFor, layoutKey]);
}
