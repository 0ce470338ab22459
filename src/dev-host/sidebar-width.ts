export const SIDEBAR_WIDTH = { min: 280, max: 640, initial: 340, step: 16 } as const;

export function clampSidebarWidth(width: number): number {
  return Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width)));
}

/** The width after a key press on the handle; the sidebar is on the right, so moving left widens it. */
export function widthAfterKey(width: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return clampSidebarWidth(width + SIDEBAR_WIDTH.step);
    case 'ArrowRight':
    case 'ArrowDown':
      return clampSidebarWidth(width - SIDEBAR_WIDTH.step);
    case 'Home':
      return SIDEBAR_WIDTH.min;
    case 'End':
      return SIDEBAR_WIDTH.max;
    default:
      return undefined;
  }
}
