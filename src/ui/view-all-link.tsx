import { HostLink, type OpenUrl } from './host-link';
import './ui.css';

export interface ViewAllLinkProps {
  /** Where Salesforce lists them all. */
  href: string;
  /** What the list holds, as the link names it: "View all Cases in Salesforce". */
  what: string;
  onOpenUrl: OpenUrl;
}

/** Under a list that shows only its first records. */
export function ViewAllLink({ href, what, onOpenUrl }: ViewAllLinkProps) {
  return (
    <HostLink className="ui-view-all" href={href} onOpenUrl={onOpenUrl}>
      View all {what} in Salesforce
    </HostLink>
  );
}
