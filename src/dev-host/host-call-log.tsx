export interface HostCall {
  readonly name: string;
  readonly args: readonly unknown[];
}

function describeCall(call: HostCall): string {
  return [call.name, ...call.args.filter((arg) => arg !== undefined).map(String)].join(' ');
}

/** The plugin's openUrl/addLink calls, newest first: the demo's evidence that links go through the host. */
export function HostCallLog({ calls }: { calls: readonly HostCall[] }) {
  return (
    <section className="dev-host-log" aria-labelledby="dev-host-log-title">
      <h2 id="dev-host-log-title">Host calls</h2>
      <ol aria-live="polite" aria-relevant="additions">
        {calls.map((call, index) => (
          <li key={calls.length - index}>{describeCall(call)}</li>
        ))}
      </ol>
      {calls.length === 0 ? <p className="dev-host-placeholder">No calls yet</p> : null}
    </section>
  );
}
