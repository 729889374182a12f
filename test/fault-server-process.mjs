// The server as the binary runs it (configuration from MF_* variables, startService), with the
// mail worker's timings from argv so a fault test need not wait minutes for a lease:
// node fault-server-process.mjs '<mail settings JSON>'
import { loadConfig } from '../packages/server/src/config/load-config.js';
import { startService } from '../packages/server/src/start-service.js';

const config = loadConfig({ env: process.env });
const service = await startService({ ...config, mail: { ...config.mail, ...JSON.parse(process.argv[2] ?? '{}') } });
service.app.log.info({ url: service.url }, 'listening');
process.once('SIGTERM', () => {
  service.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
