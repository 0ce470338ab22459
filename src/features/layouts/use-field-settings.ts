import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { HostTeammate } from '../../host';
import { useSalesforce, type SObjectDescribe } from '../../salesforce';
import { companyLayoutQueryOptions } from './company-layout-query';
import { useCompanyLayoutStore } from './company-layout-store-context';
import { baseLayout, changesFrom, effectiveLayout, withObjectChanges, type MyLayouts } from './layout-model';
import { useSaveForAll, useUpdateMyLayouts, type LayoutEdit } from './layout-mutations';
import type { LayoutScope } from './layout-scope';
import { myLayoutQueryOptions } from './my-layout-query';
import type { DescribeLookup } from './settings-objects';

type Drafts = Readonly<Record<LayoutScope, Readonly<Record<string, readonly string[]>>>>;

const NO_DRAFTS: Drafts = { mine: {}, company: {} };

/**
 * The settings screen's state for the layout in view (`scope`: my fields, or the company layout): what each
 * object's card shows now, the unsaved edits per object and layout (kept while the screen is open, whichever
 * object or layout is picked, and through any failed save), and the three ways to keep them.
 */
export function useFieldSettings(teammate: HostTeammate, describes: DescribeLookup, scope: LayoutScope) {
  const { orgKey } = useSalesforce();
  const store = useCompanyLayoutStore();
  const owner = { orgKey, teammateId: teammate.id };
  const company = useQuery(companyLayoutQueryOptions({ orgKey, store }));
  const mine = useQuery(myLayoutQueryOptions(owner)).data;
  const updateMine = useUpdateMyLayouts(owner);
  const saveForAll = useSaveForAll({ owner, store, savedBy: teammate.name });
  const [drafts, setDrafts] = useState<Drafts>(NO_DRAFTS);

  const companyFields = (sobject: string) => company.data?.objects[sobject];
  const saved = (layout: LayoutScope, describe: SObjectDescribe) =>
    layout === 'company' ? baseLayout(describe, companyFields(describe.name)) : effectiveLayout(describe, companyFields(describe.name), mine[describe.name]);
  const fieldsIn = (layout: LayoutScope, describe: SObjectDescribe) => drafts[layout][describe.name] ?? saved(layout, describe);
  const fieldsOf = (describe: SObjectDescribe) => fieldsIn(scope, describe);
  const setFields = (sobject: string, fields: readonly string[]) =>
    setDrafts((current) => ({ ...current, [scope]: { ...current[scope], [sobject]: fields } }));
  // A field ticked in the list joins the end of the card; unticked, it leaves it.
  const toggleField = (describe: SObjectDescribe, field: string, shown: boolean) => {
    const others = fieldsOf(describe).filter((name) => name !== field);
    setFields(describe.name, shown ? [...others, field] : others);
  };

  // Every object edited in this layout, and the one in view (saving it as it stands is what the user sees).
  const edits = (layout: LayoutScope, current: SObjectDescribe): LayoutEdit[] => {
    const names = new Set([...Object.keys(drafts[layout]), current.name]);
    return [...names].flatMap((name) => {
      const describe = describes[name];
      return describe ? [{ describe, fields: fieldsIn(layout, describe) }] : [];
    });
  };

  const save = (current: SObjectDescribe, onSaved: () => void) => {
    const changes = edits('mine', current).map(({ describe, fields }) => ({
      sobject: describe.name,
      change: changesFrom(describe, companyFields(describe.name), fields),
    }));
    const apply = (layouts: MyLayouts) => changes.reduce((next, { sobject, change }) => withObjectChanges(next, sobject, change), layouts);
    updateMine.mutate(apply, { onSuccess: onSaved });
  };

  const saveForEveryone = (current: SObjectDescribe, onSaved: () => void) => saveForAll.mutate(edits('company', current), { onSuccess: onSaved });

  const reset = (sobject: string, onReset: () => void) =>
    updateMine.mutate((layouts) => withObjectChanges(layouts, sobject, undefined), {
      onSuccess: () => {
        setDrafts((current) => ({ ...current, mine: Object.fromEntries(Object.entries(current.mine).filter(([name]) => name !== sobject)) }));
        onReset();
      },
    });

  return { company, fieldsOf, setFields, toggleField, save, saveForEveryone, reset, updateMine, saveForAll };
}
