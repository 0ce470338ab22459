import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SObjectDescribe } from '../../salesforce';
import { rememberCompanyLayouts } from './company-layout-cache';
import { companyLayoutQueryKey } from './company-layout-query';
import { baseLayout, type MyLayouts } from './layout-model';
import type { CompanyLayoutStore, CompanyLayouts } from './layout-types';
import { myLayoutQueryKey } from './my-layout-query';
import { readMyLayouts, writeMyLayouts, type MyLayoutOwner } from './my-layout-storage';

/** One object's fields as the settings screen leaves them. */
export interface LayoutEdit {
  readonly describe: SObjectDescribe;
  readonly fields: readonly string[];
}

export type MyLayoutsUpdate = (current: MyLayouts) => MyLayouts;

function updateMyLayouts(queryClient: QueryClient, owner: MyLayoutOwner, update: MyLayoutsUpdate): MyLayouts {
  const next = update(queryClient.getQueryData(myLayoutQueryKey(owner)) ?? readMyLayouts(owner));
  try {
    writeMyLayouts(owner, next);
  } catch {
    throw new Error('This browser would not keep your fields: its storage is full or turned off.');
  }
  queryClient.setQueryData(myLayoutQueryKey(owner), next);
  return next;
}

/** Saves (or resets) my own changes: kept in this browser, per org and teammate. */
export function useUpdateMyLayouts(owner: MyLayoutOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: MyLayoutsUpdate) => Promise.resolve().then(() => updateMyLayouts(queryClient, owner, update)),
  });
}

export interface SaveForAllInput {
  readonly owner: MyLayoutOwner;
  readonly store: CompanyLayoutStore;
  /** Recorded in the shared file, so admins can tell who last changed it. */
  readonly savedBy: string;
}

/**
 * Makes the edited objects' fields the company layout, starting from the file as it is now so another admin's
 * objects are kept. The admin's own fields are theirs, as any teammate's are: they stay on top of the new layout.
 */
export function useSaveForAll({ owner, store, savedBy }: SaveForAllInput) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (edits: readonly LayoutEdit[]): Promise<CompanyLayouts> => {
      const current = await store.load();
      const objects: Record<string, readonly string[]> = { ...current?.objects };
      for (const { describe, fields } of edits) objects[describe.name] = baseLayout(describe, fields);
      const next: CompanyLayouts = { objects, updatedAt: new Date().toISOString(), updatedBy: savedBy };
      await store.save(next);
      queryClient.setQueryData(companyLayoutQueryKey(owner.orgKey), next);
      rememberCompanyLayouts(owner.orgKey, next);
      return next;
    },
  });
}
