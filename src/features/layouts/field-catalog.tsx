import { useDeferredValue, useId, useState } from 'react';
import { fieldLabel, type FieldDescribe, type SObjectDescribe } from '../../salesforce';
import { FormField } from '../../ui';
import { fieldTypeLabel, isRequiredField } from './field-facts';
import { ShowAllFields } from './show-all-fields';
import { useCatalogFields } from './use-catalog-fields';
import { WindowedList } from './windowed-list';

export interface FieldCatalogProps {
  readonly describe: SObjectDescribe;
  readonly chosen: readonly string[];
  readonly onToggle: (field: string, shown: boolean) => void;
}

const ROW_HEIGHT = 40;
const LIST_HEIGHT = 320;

function countText(listed: number, matches: number, query: string, hiddenMatches: number): string {
  if (!query.trim()) return `${listed} fields`;
  const found = `${matches} of ${listed} fields match`;
  if (hiddenMatches === 0) return found;
  return `${found}; ${hiddenMatches} more among system fields`;
}

/** The object's fields, searchable by label and API name, each with a checkbox to show it on the card. */
export function FieldCatalog({ describe, chosen, onToggle }: FieldCatalogProps) {
  const headingId = useId();
  const rowId = useId();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const fields = useCatalogFields(describe, chosen, query);

  const toggle = (name: string, shown: boolean) => {
    fields.keep(name);
    onToggle(name, shown);
  };

  const renderField = (field: FieldDescribe) => {
    const detailsId = `${rowId}-${field.name}`;
    const required = isRequiredField(field);
    const label = fieldLabel(field);
    return (
      <label className="layouts-field-row">
        <input
          type="checkbox"
          checked={fields.shown.has(field.name)}
          onChange={(event) => toggle(field.name, event.currentTarget.checked)}
          aria-label={`Show ${label}`}
          aria-describedby={detailsId}
        />
        <span className="layouts-field-text">
          <span className="layouts-field-label" title={label}>
            {label}
            {required && (
              <span className="ui-required" aria-hidden="true">
                {' '}*
              </span>
            )}
          </span>
          <span className="layouts-field-meta" id={detailsId}>
            {field.name} · {fieldTypeLabel(field)}
            {required && <span className="layouts-sr-only">, required</span>}
          </span>
        </span>
      </label>
    );
  };

  return (
    <section className="layouts-section" aria-labelledby={headingId}>
      <h3 className="layouts-heading" id={headingId}>
        All fields
      </h3>
      <FormField label="Search fields">
        {(control) => (
          <input
            {...control}
            type="search"
            className="ui-input"
            autoComplete="off"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        )}
      </FormField>
      <ShowAllFields checked={fields.showAll} onChange={fields.setShowAll} systemCount={fields.systemCount} />
      <p className="layouts-count" role="status">
        {countText(fields.listed.length, fields.matches.length, query, fields.hiddenMatches)}
      </p>
      {fields.matches.length > 0 && (
        <WindowedList
          key={`${query}:${fields.showAll}`}
          items={fields.matches}
          rowHeight={ROW_HEIGHT}
          height={LIST_HEIGHT}
          label={`Fields of ${describe.label}`}
          itemKey={(field) => field.name}
          renderItem={renderField}
        />
      )}
    </section>
  );
}
