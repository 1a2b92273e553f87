// The cluster tests (tests/cluster) run the nodes behind Debian's real HAProxy with the shipped
// deploy/haproxy.cfg. Install it when this is a fresh Debian machine and we are root; otherwise say exactly what
// is missing. (PostgreSQL is expected to run already: see tests/cluster/support/cluster.ts.)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const HAPROXY = process.env.HAPROXY_PATH || '/usr/sbin/haproxy';

if (existsSync(HAPROXY)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`Cluster tests need HAProxy at ${HAPROXY}. Install Debian's package (apt-get install -y haproxy) or set HAPROXY_PATH.`);
  process.exit(1);
}
console.log('Installing Debian haproxy for the cluster tests (once)…');
// apt starts nothing here (no systemd), and the tests run their own haproxy on a free port.
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy', { stdio: 'inherit' });
