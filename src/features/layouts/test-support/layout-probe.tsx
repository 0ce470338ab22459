import { useQuery } from '@tanstack/react-query';
import { describeQueryOptions, useSalesforce } from '../../../salesforce';
import { useLayouts } from '../use-layouts';

/** What the panel would put on a card of this object: the fields useLayouts() gives, as a list. */
export function LayoutProbe({ sobject }: { sobject: string }) {
  const { client, orgKey } = useSalesforce();
  const { layoutFor, layoutKey } = useLayouts();
  const describe = useQuery(describeQueryOptions({ client, orgKey }, sobject)).data;
  if (!describe) return null;
  return (
    <ul aria-label={`${sobject} card fields`} data-layout-key={layoutKey}>
      {layoutFor(describe).map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}
