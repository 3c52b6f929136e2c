/**
 * The anchor of `npm run bench -- --anchor <ref>`: the commit to compare with, checked out once in a
 * git worktree under the system's temporary folder, with its own `npm ci` (never a link to this
 * checkout's node_modules), and reused by later runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The full commit id of `ref` in the repository of `cwd`. @throws Error when git does not know it */
export function resolveRef(ref: string, cwd: string): string {
  return execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd, encoding: 'utf8' }).trim();
}

/**
 * A checkout of `commit` ready to run: `<tmp>/bench-anchor-<12 hex>`, added with
 * `git worktree add --detach` and installed with `npm ci` when it is not there yet.
 * @returns the checkout's path
 * @throws Error when git or npm fails (their output is shown as they run)
 */
export function anchorCheckout(commit: string, cwd: string): string {
  const dir = join(tmpdir(), `bench-anchor-${commit.slice(0, 12)}`);
  if (!existsSync(join(dir, 'package.json'))) {
    console.error(`bench: checking out ${commit.slice(0, 12)} in ${dir}`);
    execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  if (!existsSync(join(dir, 'node_modules', '.package-lock.json'))) {
    console.error(`bench: npm ci in ${dir}`);
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return dir;
}
