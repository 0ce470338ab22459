// Error text can echo whatever a server or proxy put in a body. Anything shaped like a credential is masked
// before it reaches an error message, so tokens never end up on screen or in logs.
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._-]+/g, // Salesforce session id / access token
  /\b5Aep[A-Za-z0-9._-]{20,}/g, // Salesforce refresh token
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, // JWT access token
  /\b(Bearer|OAuth)\s+[A-Za-z0-9._!~+/=-]+/gi, // Authorization header values
  /\b(access_token|refresh_token|code|code_verifier|sessionId)=[^&\s"'<]+/gi, // form / query parameters
  /<sessionId>[^<]*<\/sessionId>/gi, // SOAP SessionHeader
];

export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (out, pattern) =>
      out.replace(pattern, (match, label?: string) => {
        if (match.startsWith('<')) return '<sessionId>[redacted]</sessionId>';
        if (typeof label === 'string' && match.includes('=')) return `${label}=[redacted]`;
        if (typeof label === 'string') return `${label} [redacted]`;
        return '[redacted]';
      }),
    text,
  );
}
