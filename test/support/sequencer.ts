import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order files start in, two at a time: each back-office file (long: a browser and a stack of its own)
 * followed by its share of the others, so one worker mostly walks the browser files while the other runs the
 * database and unit files beside them, instead of every browser file waiting for the end of the run.
 */
export default class InterleavedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((f) => f.project.name === 'browser');
    const others = sorted.filter((f) => f.project.name !== 'browser');
    if (browser.length === 0) return sorted;
    const share = Math.ceil(others.length / browser.length);
    return browser.flatMap((file, i) => [file, ...others.slice(i * share, (i + 1) * share)]);
  }
}
