import { Fragment, type MouseEvent } from 'react';
import type { DisplayValue } from './display-value';
import { HostLink, type OpenUrl } from '../../ui';
import './records.css';

function TextLines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

function RichText({ html, onOpenUrl }: { html: string; onOpenUrl: OpenUrl }) {
  // The sanitised markup is not React's, so its links are caught here, where the click bubbles to.
  const openLink = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || !event.currentTarget.contains(anchor)) return;
    event.preventDefault();
    onOpenUrl(href);
  };
  return <div className="records-rich-text" onClick={openLink} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** One formatted value: text keeps its line breaks, links and rich-text links open through the host. */
export function FieldValue({ value, onOpenUrl }: { value: DisplayValue; onOpenUrl: OpenUrl }) {
  switch (value.kind) {
    case 'link':
      return (
        <HostLink className="records-link" href={value.href} onOpenUrl={onOpenUrl}>
          {value.text}
        </HostLink>
      );
    case 'html':
      return <RichText html={value.html} onOpenUrl={onOpenUrl} />;
    default:
      return <TextLines text={value.text} />;
  }
}
