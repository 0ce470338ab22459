/** Field API names per object, in display order. */
export type FieldLists = Readonly<Record<string, readonly string[]>>;

export interface CompanyLayouts {
  readonly objects: FieldLists;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}

export interface CompanyLayoutStore {
  /** undefined when no company layout was ever saved. Throws SalesforceError (e.g. INSUFFICIENT_ACCESS_OR_READONLY). */
  load(): Promise<CompanyLayouts | undefined>;
  save(layouts: CompanyLayouts): Promise<void>;
}
