import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthController, AuthState } from './auth-controller';

const AuthContext = createContext<AuthController | null>(null);

export function AuthProvider({ controller, children }: { controller: AuthController; children: ReactNode }) {
  return <AuthContext.Provider value={controller}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthController {
  const controller = useContext(AuthContext);
  if (!controller) throw new Error('useAuth() needs an <AuthProvider> above it');
  return controller;
}

/** The sign-in state; re-renders on every change. */
export function useAuthState(): AuthState {
  const controller = useAuth();
  return useSyncExternalStore(controller.subscribe, controller.getState);
}
