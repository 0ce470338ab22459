import { createContext, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const HeaderSlot = createContext<HTMLElement | null>(null);

/**
 * The header belongs to the app shell, but its buttons (the gear) belong to the signed-in panel further down:
 * the shell provides a slot, and the panel renders its buttons into it.
 */
export function HeaderSlotProvider({ children }: { children: (slotRef: (element: HTMLElement | null) => void) => ReactNode }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return <HeaderSlot.Provider value={slot}>{children(setSlot)}</HeaderSlot.Provider>;
}

export function HeaderActions({ children }: { children: ReactNode }) {
  const slot = useContext(HeaderSlot);
  return slot ? createPortal(children, slot) : null;
}
