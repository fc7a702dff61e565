import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BenchFailure } from './scenario';

/**
 * A compiled load driver (`<name>.js` next to its scenario) in a worker
 * thread, so it never shares an event loop with the servers it measures (it
 * shares the cores). The driver posts a report after starting and after each
 * command it is sent.
 */
export interface DriverSession<Command, Report> {
  /** Sends `command` (if any) and resolves with the driver's next report. */
  next(command?: Command): Promise<Report>;
  /** Ends the thread; sockets it still holds are destroyed. */
  close(): Promise<void>;
}

export function startDriver<Input, Command, Report>(directory: string, file: string, input: Input): DriverSession<Command, Report> {
  const worker = new Worker(path.join(directory, file), { workerData: input });
  const reports: Report[] = [];
  let waiting: { resolve: (report: Report) => void; reject: (err: unknown) => void } | undefined;
  let failure: unknown;
  let closing = false;
  const fail = (err: unknown) => {
    failure ??= err;
    waiting?.reject(err);
    waiting = undefined;
  };
  worker.on('message', (report: Report) => {
    if (!waiting) return void reports.push(report);
    const { resolve } = waiting;
    waiting = undefined;
    resolve(report);
  });
  worker.once('error', fail);
  worker.once('exit', (code) => {
    if (!closing) fail(new BenchFailure(`the load driver ${file} exited with code ${code} before reporting`));
  });
  return {
    next(command) {
      if (command !== undefined) worker.postMessage(command);
      if (reports.length) return Promise.resolve(reports.shift()!);
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<Report>((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}

/** A driver that does one job: start it, take its one report, end it. */
export async function runDriver<Input, Report>(directory: string, file: string, input: Input): Promise<Report> {
  const session = startDriver<Input, never, Report>(directory, file, input);
  try {
    return await session.next();
  } finally {
    await session.close();
  }
}
