/** Whom the panel shows: a sender's email or phone, or a record the agent opened from search. */
export type Subject =
  | { kind: 'email'; email: string; name?: string }
  | { kind: 'phone'; e164: string; national: string; raw: string; name?: string }
  | { kind: 'record'; sobject: string; id: string; name?: string };

/** Stable across renders and sessions: 'email:maya@acme.example', 'phone:+14155550134', 'record:Contact:003…'. */
export function subjectKey(subject: Subject): string {
  switch (subject.kind) {
    case 'email':
      return `email:${subject.email.toLowerCase()}`;
    case 'phone':
      return `phone:${subject.e164}`;
    case 'record':
      return `record:${subject.sobject}:${subject.id}`;
  }
}

/** How the handle reads to an agent: the address, the number as Front wrote it, or the record's name. */
export function subjectHandle(subject: Subject): string {
  switch (subject.kind) {
    case 'email':
      return subject.email;
    case 'phone':
      return subject.raw;
    case 'record':
      return subject.name ?? subject.id;
  }
}
