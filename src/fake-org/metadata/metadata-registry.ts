import type { FieldDescribe, SObjectDescribe } from './describe-types';

// Holds the org's object definitions. Each object remembers when its metadata last changed so
// describe can answer If-Modified-Since with 304, exactly as Salesforce does.
export class MetadataRegistry {
  private readonly objects = new Map<string, { describe: SObjectDescribe; lastModified: Date }>();
  private lastRemoval = new Date(0);

  constructor(describes: SObjectDescribe[], now: Date = new Date('2026-01-05T09:00:00Z')) {
    for (const describe of describes) this.objects.set(describe.name.toLowerCase(), { describe, lastModified: now });
  }

  /** Adds or replaces an object (e.g. a custom object created at run time); bumps its lastModified. */
  define(describe: SObjectDescribe, at: Date = new Date()): void {
    this.objects.set(describe.name.toLowerCase(), { describe, lastModified: at });
  }

  /** Takes an object out, as in an org without its feature (EmailMessage where Enhanced Email is off). */
  remove(name: string, at: Date = new Date()): void {
    this.objects.delete(name.toLowerCase());
    if (at > this.lastRemoval) this.lastRemoval = at;
  }

  /** Case-insensitive, like Salesforce's API names. */
  describe(name: string): SObjectDescribe | undefined {
    return this.objects.get(name.toLowerCase())?.describe;
  }

  lastModified(name: string): Date | undefined {
    return this.objects.get(name.toLowerCase())?.lastModified;
  }

  /** The latest change across all objects: what describeGlobal's If-Modified-Since compares with. */
  globalLastModified(): Date {
    let latest = this.lastRemoval;
    for (const { lastModified } of this.objects.values()) if (lastModified > latest) latest = lastModified;
    return latest;
  }

  all(): SObjectDescribe[] {
    return [...this.objects.values()].map((entry) => entry.describe);
  }

  field(objectName: string, fieldName: string): FieldDescribe | undefined {
    const lower = fieldName.toLowerCase();
    return this.describe(objectName)?.fields.find((field) => field.name.toLowerCase() === lower);
  }

  /** The object whose key prefix starts this ID (first three characters). */
  objectForId(id: string): SObjectDescribe | undefined {
    const prefix = id.slice(0, 3);
    return this.all().find((describe) => describe.keyPrefix === prefix);
  }
}
