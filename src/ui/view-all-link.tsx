import type { MouseEvent } from 'react';
import './ui.css';

export interface ViewAllLinkProps {
  /** Where Salesforce lists them all. */
  href: string;
  /** What the list holds, as the link names it: "View all Cases in Salesforce". */
  what: string;
  onOpenUrl: (url: string) => void;
}

/**
 * Under a list that shows only its first records. A real link (screen readers, copy link address) opened through
 * the host, since Front's sandboxed iframe can't follow it.
 */
export function ViewAllLink({ href, what, onOpenUrl }: ViewAllLinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpenUrl(href);
  };
  return (
    <a className="ui-view-all" href={href} onClick={open}>
      View all {what} in Salesforce
    </a>
  );
}
