/** The phone number functions, loaded on first use (see phone.ts). */
export type PhoneNumbers = typeof import('./phone');

let loading: Promise<PhoneNumbers> | undefined;

export function loadPhoneNumbers(): Promise<PhoneNumbers> {
  loading ??= import('./phone').catch((error: unknown) => {
    // A failed download (offline) is not final: the next caller tries again.
    loading = undefined;
    throw error;
  });
  return loading;
}
