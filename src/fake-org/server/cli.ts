import { parseArgs } from 'node:util';
import { startFakeOrgServer } from './start-server';

// `npm run fake-org -- --port 8787 [--token T]`: a fake Salesforce org any client can talk to.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    token: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got "${values.port}"`);
  process.exit(2);
}

const running = await startFakeOrgServer({ port, token: values.token, seedFile: process.env.FAKE_ORG_SEED });
console.log(`Fake Salesforce org listening.
  instance URL:  ${running.instanceUrl}
  access token:  ${running.accessToken}
  API versions:  50.0 – 66.0 (e.g. ${running.instanceUrl}/services/data/v62.0/limits)
  seed:          ${process.env.FAKE_ORG_SEED ?? 'built-in demo seed'}
Press Ctrl+C to stop.`);

const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
