import type { UseQueryResult } from '@tanstack/react-query';
import { ActionError } from '../../ui';
import type { CompanyLayouts } from './layout-types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Who set the company layout and when, or why it couldn't be read (the default fields apply meanwhile). */
export function CompanyLayoutNote({ query }: { query: UseQueryResult<CompanyLayouts | null> }) {
  if (query.isError) {
    return (
      <div className="layouts-company-error">
        <p className="layouts-message">
          The company layout couldn’t be read, so cards show{' '}
          {query.data ? 'the company fields as last seen here' : 'the default fields'} until it can.
        </p>
        <ActionError error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  const layouts = query.data;
  if (!layouts?.updatedBy || !layouts.updatedAt) return null;
  const when = new Date(layouts.updatedAt);
  const date = Number.isNaN(when.getTime()) ? layouts.updatedAt : dateFormat.format(when);
  return (
    <p className="layouts-hint">
      Company layout set by {layouts.updatedBy}, {date}.
    </p>
  );
}
