import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunnerProcess {
  gatewayUrl: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

/** Starts `pnpm start`'s entry point as a real child process and waits for its banner. */
export async function startRunner(env: Record<string, string>): Promise<RunnerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL gateway\s+(http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`runner exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    gatewayUrl,
    output: () => output,
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
