// The storage contract suite, the PostgreSQL store's tests and the multi-node tests talk to a real PostgreSQL at
// 127.0.0.1:5432 (trust auth, role root, database test). This machine kind starts it before a session; start it
// again when it was stopped, and on a fresh Debian machine (as root) install and set it up once. A test run
// pointed elsewhere (REMBUK_TEST_DATABASE_URL) is left alone.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

if (process.env.REMBUK_TEST_DATABASE_URL) process.exit(0);

const ready = () => spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']).status === 0;
const sh = (command) => execSync(command, { stdio: 'inherit' });
if (existsSync('/usr/bin/pg_isready') && ready()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error('Tests need PostgreSQL at 127.0.0.1:5432 (trust auth, role root, database test), or REMBUK_TEST_DATABASE_URL.');
  process.exit(1);
}
let freshInstall = false;
if (!existsSync('/usr/bin/pg_ctlcluster')) {
  console.log('Installing Debian postgresql for the storage tests (once)…');
  sh('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql');
  freshInstall = true;
}
const version = readdirSync('/etc/postgresql')[0];
if (freshInstall) {
  // Trust on loopback only, as on this machine kind: the tests connect without a password.
  const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
  writeFileSync(hba, `host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n${readFileSync(hba, 'utf8')}`);
}
sh(`pg_ctlcluster --skip-systemctl-redirect ${version} main start || pg_ctlcluster --skip-systemctl-redirect ${version} main reload`);
for (let attempt = 0; attempt < 40 && !ready(); attempt++) spawnSync('sleep', ['0.25']);
if (!ready()) {
  console.error('PostgreSQL did not come up at 127.0.0.1:5432.');
  process.exit(1);
}
if (freshInstall) {
  sh(`runuser -u postgres -- psql -q -c "CREATE ROLE root SUPERUSER LOGIN" -c "CREATE DATABASE test OWNER root"`);
}
