import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beijingDate } from '@onedoor/db';
import { format, resolveConfig } from 'prettier';
import { composeSupergraph, readCommittedSupergraph } from '../src/compose';
import {
  checkContract,
  formatReport,
  readReleased,
  releaseInfoPath,
  releasedPath,
  type ContractReport,
  type ReleaseInfo,
} from './check';

/**
 * The version the next release takes: major when it drops what an earlier release deprecated, minor when it adds
 * or deprecates, patch when only descriptions changed. Partners read the major number as "something went away".
 */
export function nextVersion(current: string, report: ContractReport): string | null {
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
  if (report.retired.length) return `${major + 1}.0.0`;
  const described = /DESCRIPTION_(ADDED|CHANGED|REMOVED)$/;
  const additions = [...report.dangerous, ...report.safe].filter((change) => !described.test(change.type));
  if (additions.length) return `${major}.${minor + 1}.0`;
  return report.safe.length ? `${major}.${minor}.${patch + 1}` : null;
}

/**
 * `pnpm contract:release`, run when cutting a release: the committed supergraph becomes the released contract the
 * check compares against, and release.json names its version, day and the commit it was taken from. Commit both
 * with the changelog entry, and tag that commit.
 */
async function release(): Promise<void> {
  const current = composeSupergraph();
  if (current !== readCommittedSupergraph())
    throw new Error('gateway/supergraph.graphql is stale: run `pnpm compose` and commit it first.');
  const { sdl, info } = readReleased();
  const report = await checkContract(sdl, current);
  if (report.refused.length) throw new Error(formatReport(report, info.version));
  const version = nextVersion(info.version, report);
  if (!version) {
    console.log(`Nothing changed since ${info.version}: nothing to release.`);
    return;
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const next: ReleaseInfo = { version, released: beijingDate(new Date()), commit };
  // Written as Prettier formats it, so `pnpm lint` passes; the check parses it, so the layout does not matter.
  const options = await resolveConfig(releasedPath);
  writeFileSync(releasedPath, await format(current, { ...options, filepath: releasedPath }));
  writeFileSync(releaseInfoPath, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`${formatReport(report, info.version)}\n\nReleased contract ${version} from ${commit}.`);
  console.log('Commit gateway/contract/ with the changelog entry in docs/API.md, and tag that commit.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await release();
