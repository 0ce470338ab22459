import { useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { clampSidebarWidth, SIDEBAR_WIDTH, widthAfterKey } from './sidebar-width';

interface SidebarFrameProps {
  readonly frameRef: RefObject<HTMLIFrameElement | null>;
  readonly pluginUrl: string;
  readonly hidden: boolean;
}

/** The plugin at Front's sidebar width, behind a handle that resizes it by drag or keyboard. */
export function SidebarFrame({ frameRef, pluginUrl, hidden }: SidebarFrameProps) {
  const [width, setWidth] = useState<number>(SIDEBAR_WIDTH.initial);
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const [dragging, setDragging] = useState(false);

  function onKeyDown(event: KeyboardEvent) {
    const next = widthAfterKey(width, event.key);
    if (next === undefined) return;
    event.preventDefault();
    setWidth(next);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
    setDragging(true);
  }

  function onPointerMove(event: PointerEvent) {
    if (!drag.current) return;
    setWidth(clampSidebarWidth(drag.current.startWidth + drag.current.startX - event.clientX));
  }

  function onPointerUp() {
    drag.current = null;
    setDragging(false);
  }

  return (
    <aside className={`dev-host-sidebar${dragging ? ' dev-host-sidebar-dragging' : ''}`} hidden={hidden} aria-label="Sidebar">
      <div
        role="separator"
        className="dev-host-resize"
        tabIndex={0}
        aria-label="Resize sidebar"
        aria-orientation="vertical"
        aria-valuemin={SIDEBAR_WIDTH.min}
        aria-valuemax={SIDEBAR_WIDTH.max}
        aria-valuenow={width}
        aria-valuetext={`${width} pixels wide`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      <iframe
        ref={frameRef}
        className="dev-host-frame"
        style={{ width }}
        src={pluginUrl}
        title="Salesforce sidebar"
        sandbox="allow-scripts allow-same-origin allow-popups allow-forms"
      />
    </aside>
  );
}
