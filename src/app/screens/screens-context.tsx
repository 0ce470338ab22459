import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { PanelScreen, ShownRecord } from './panel-screen';

interface Screens {
  readonly screen: PanelScreen | undefined;
  readonly open: (screen: PanelScreen) => void;
  readonly close: () => void;
  /** Shows a record in the panel, as a search result would. */
  readonly showRecord: (record: ShownRecord) => void;
  /** Shows `record` in place of the record `replacedId` if that one is shown (a Lead opened from search, converted). */
  readonly replaceRecord: (replacedId: string, record: ShownRecord) => void;
}

const ScreensContext = createContext<Screens | null>(null);

/**
 * One screen at a time over the panel. It stays open when another conversation is selected: a form belongs to
 * its record, not to the conversation, and closing it would lose what the agent typed.
 */
export function ScreensProvider({ showRecord, replaceRecord, children }: Pick<Screens, 'showRecord' | 'replaceRecord'> & { children: ReactNode }) {
  const [screen, setScreen] = useState<PanelScreen>();
  const value = useMemo(
    () => ({ screen, open: setScreen, close: () => setScreen(undefined), showRecord, replaceRecord }),
    [screen, showRecord, replaceRecord],
  );
  return <ScreensContext.Provider value={value}>{children}</ScreensContext.Provider>;
}

export function useScreens(): Screens {
  const screens = useContext(ScreensContext);
  if (!screens) throw new Error('useScreens() needs a <ScreensProvider> above it');
  return screens;
}
