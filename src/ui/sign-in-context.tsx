import { createContext, useContext, type ReactNode } from 'react';

/** Opens the sign-in window; resolves once the user is signed in again, rejects if they gave up. */
export type SignIn = () => Promise<void>;

const SignInContext = createContext<SignIn | undefined>(undefined);

/** The app provides sign-in here so any screen can offer "Sign in again" without knowing how it works. */
export function SignInProvider({ signIn, children }: { signIn: SignIn | undefined; children: ReactNode }) {
  return <SignInContext.Provider value={signIn}>{children}</SignInContext.Provider>;
}

export function useSignIn(): SignIn | undefined {
  return useContext(SignInContext);
}
