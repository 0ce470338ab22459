// Counts API requests the way Salesforce's daily limit does: one per REST call (a composite request
// counts once, whatever it holds), one per SOAP call. OAuth endpoints are not API calls.
export class ApiUsage {
  served = 0;
  /** Describe responses that carried a body (a 304 does not count): how well describe caching works. */
  describeBodies = 0;
  readonly max: number;

  constructor(max = 15000) {
    this.max = max;
  }

  record(): void {
    this.served += 1;
  }

  remaining(): number {
    return Math.max(0, this.max - this.served);
  }

  /** The Sforce-Limit-Info header value every REST response carries. */
  header(): string {
    return `api-usage=${this.served}/${this.max}`;
  }
}
