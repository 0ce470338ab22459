import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

export interface ScreenProps {
  /** "Edit Contact", "Log email"…: the screen's heading, focused when the screen opens. */
  title: string;
  /** A line under the title, e.g. the record's name. */
  subtitle?: string;
  /** Leaves the screen without doing anything (the panel keeps what the user typed only while it is open). */
  onBack: () => void;
  backLabel?: string;
  children: ReactNode;
  /** The screen's actions (Save, Cancel…), kept in view at the bottom. */
  footer?: ReactNode;
}

/**
 * A screen that replaces the panel's content (forms, convert, log email, settings): the sidebar is too narrow
 * for dialogs. Focus moves to its heading so keyboard and screen-reader users know where they are.
 */
export function Screen({ title, subtitle, onBack, backLabel = 'Back', children, footer }: ScreenProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="ui-screen" aria-labelledby={headingId}>
      <header className="ui-screen-header">
        <button type="button" className="ui-link-button" onClick={onBack}>
          ← {backLabel}
        </button>
        <h2 className="ui-screen-title" id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {subtitle && <p className="ui-screen-subtitle">{subtitle}</p>}
      </header>
      <div className="ui-screen-body">{children}</div>
      {footer && <footer className="ui-screen-footer">{footer}</footer>}
    </section>
  );
}
