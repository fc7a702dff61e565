/**
 * The slice of autocannon 8's programmatic API the benchmarks use (the
 * package ships no types). See node_modules/autocannon/README.md.
 */
declare module 'autocannon' {
  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
      headers?: Record<string, string>;
      body?: string;
      /** Concurrent keep-alive connections (split across workers). */
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Seconds before a request counts as a timeout. Default 10. */
      timeout?: number;
      /** Worker threads generating the load; 0 runs it on the caller's event loop. */
      workers?: number;
      /** With workers: the path of a module exporting `(body: string) => boolean`; false counts a mismatch. */
      verifyBody?: string | ((body: string) => boolean);
      title?: string;
    }

    /** Percentiles are keyed p50, p90, p99 …; latency in milliseconds. */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
    }

    interface Result {
      title?: string;
      /** Seconds actually run. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      resets: number;
      '2xx': number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      requests: Histogram & { sent: number };
      throughput: Histogram;
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
