// `pnpm start` runs this before the server: it builds a package only when one of its inputs is newer than its
// build, so a start with nothing changed takes a second rather than the ~25 s of building the whole workspace.
// A package whose workspace dependency was rebuilt is rebuilt too (its input, the dependency's dist, is newer).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** Inputs of every package: the shared compiler options and the installed dependencies. */
const COMMON_INPUTS = ['tsconfig.base.json', 'pnpm-lock.yaml'];

/** In build order. `output` is a file each build rewrites; `inputs` are files or folders under the package. */
const PACKAGES = [
  { name: '@rembuk/shared', dir: 'shared', output: 'dist/index.js', inputs: ['src', 'package.json', 'tsconfig.json'], after: [] },
  {
    name: '@rembuk/server',
    dir: 'server',
    output: 'dist/main.js',
    inputs: ['src', 'package.json', 'tsconfig.json'],
    after: ['shared/dist/index.js'],
  },
  {
    name: '@rembuk/client',
    dir: 'client',
    output: 'dist/index.html',
    inputs: ['src', 'public', 'scripts', 'index.html', 'package.json', 'tsconfig.json', 'vite.config.ts'],
    after: ['shared/dist/index.js'],
  },
];

/** The newest modification time under `path` (0 when it does not exist). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file shows only as its folder's change
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

for (const pkg of PACKAGES) {
  const output = join(ROOT, pkg.dir, pkg.output);
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  const inputs = [...pkg.inputs.map((input) => join(pkg.dir, input)), ...pkg.after, ...COMMON_INPUTS];
  const changed = inputs.find((input) => newest(join(ROOT, input)) > built);
  if (built > 0 && changed === undefined) {
    console.log(`${pkg.name}: up to date`);
    continue;
  }
  console.log(`${pkg.name}: building (${built === 0 ? 'never built' : `${changed} changed`})`);
  const result = spawnSync('pnpm', ['--filter', pkg.name, 'run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
