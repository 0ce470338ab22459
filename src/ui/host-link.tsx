import type { MouseEvent, ReactNode } from 'react';

export type OpenUrl = (url: string) => void;

interface HostLinkProps {
  href: string;
  onOpenUrl: OpenUrl;
  className?: string;
  children: ReactNode;
}

/**
 * A real link for semantics (screen readers, copy link address), opened through the host: Front's iframe is
 * sandboxed, so letting the browser follow it would do nothing or replace the plugin itself.
 */
export function HostLink({ href, onOpenUrl, className, children }: HostLinkProps) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onOpenUrl(href);
  };
  return (
    <a className={className} href={href} onClick={open}>
      {children}
    </a>
  );
}
