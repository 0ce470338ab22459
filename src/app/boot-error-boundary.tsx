import { Component, type ReactNode } from 'react';

interface State {
  readonly error?: Error;
}

/** Last line of defence: the panel failed to start (e.g. the demo's service worker could not register). */
export class BootErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="app-message" role="alert">
        <p>The Salesforce sidebar couldn’t start: {this.state.error.message}</p>
        <button type="button" className="app-button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
