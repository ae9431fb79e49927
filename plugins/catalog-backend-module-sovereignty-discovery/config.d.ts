export interface Config {
  sovereignty?: {
    /** Discovery of the cloud services each entity's repository uses. */
    discovery?: {
      /** Set to false to switch discovery off for the whole catalog. Default true. */
      enabled?: boolean;
      /** Entity kinds whose repositories are scanned. Default: component, resource. */
      kinds?: string[];
      /**
       * Minutes before a repository is read again (with its ETag, so an
       * unchanged repository costs one request). Default 60.
       */
      minIntervalMinutes?: number;
      /** Repositories read at the same time, per backend replica. Default 2. */
      concurrency?: number;
      /** Bounds on one scan: repositories are untrusted input. */
      limits?: {
        maxFiles?: number;
        maxTotalBytes?: number;
        maxFileBytes?: number;
        maxDepth?: number;
        timeBudgetSeconds?: number;
      };
    };
  };
}
