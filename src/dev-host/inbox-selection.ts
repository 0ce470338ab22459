/**
 * Which conversations are selected, as in Front: clicking a row opens that one alone; ticking checkboxes
 * selects the ticked ones, and two or more make a multi-selection.
 */
export interface InboxSelection {
  readonly openId: string | undefined;
  readonly checkedIds: readonly string[];
}

export const NO_SELECTION: InboxSelection = { openId: undefined, checkedIds: [] };

export function openConversation(id: string): InboxSelection {
  return { openId: id, checkedIds: [] };
}

export function toggleChecked(selection: InboxSelection, id: string): InboxSelection {
  const checkedIds = selection.checkedIds.includes(id)
    ? selection.checkedIds.filter((checked) => checked !== id)
    : [...selection.checkedIds, id];
  return { ...selection, checkedIds };
}

export function selectedIds(selection: InboxSelection): readonly string[] {
  if (selection.checkedIds.length > 0) return selection.checkedIds;
  return selection.openId ? [selection.openId] : [];
}
