import './app.css';

/** The sidebar shell. Features (matching, records, writes, layouts) are composed in here. */
export function App() {
  return (
    <main className="panel" aria-labelledby="panel-title">
      <header className="panel-header">
        <img src="/icon.svg" alt="" width={20} height={20} />
        <h1 id="panel-title">Salesforce</h1>
      </header>
      <p className="panel-empty">Open a conversation in Front to see its sender in Salesforce.</p>
    </main>
  );
}
