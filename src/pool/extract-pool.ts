import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractPage, type PageSource } from "../extract/extract-page.js";
import type { PageExtract } from "../extract/page-extract.js";
import type { ExtractReply, ExtractRequest } from "./extract-worker.js";

/** How to spread extraction over threads. */
export interface PoolOptions {
  /** Worker threads to start; defaults to the cores available. 0 or 1 extracts in-thread. */
  threads?: number;
  /** Called as pages are extracted, with how many are done. */
  onProgress?: (done: number) => void;
}

/** Below this many pages per thread, starting workers costs more than it saves. */
const pagesPerThread = 48;

/** Pages per message; small enough that threads finish together. */
const batchSize = 16;

/**
 * Extract pages on this thread and a pool of worker threads, one per core in all, and give
 * the extracts in the order of the pages. Few pages, or one core, are extracted here alone.
 */
export async function extractInPool(
  sources: readonly PageSource[],
  options: PoolOptions = {},
): Promise<PageExtract[]> {
  const wanted = options.threads ?? availableParallelism();
  const threads = Math.min(wanted, Math.floor(sources.length / pagesPerThread));
  if (threads < 2) {
    return sources.map((source, index) => {
      const extract = extractPage(source);
      options.onProgress?.(index + 1);
      return extract;
    });
  }

  const batches: PageSource[][] = [];
  for (let start = 0; start < sources.length; start += batchSize) {
    batches.push(sources.slice(start, start + batchSize));
  }
  const results: PageExtract[][] = new Array(batches.length);
  const queue = { batches, next: 0, done: 0, onProgress: options.onProgress };
  // This thread is one of the extractors: it is warm already, and a worker is not.
  const workers = Array.from({ length: threads - 1 }, startWorker);

  try {
    await Promise.all([
      ...workers.map((worker) => drain(worker, queue, results)),
      drainHere(queue, results),
    ]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  return results.flat();
}

/** Batches still to hand out; every worker takes the next one when it is free. */
interface BatchQueue {
  batches: readonly PageSource[][];
  next: number;
  /** Pages extracted so far, for progress. */
  done: number;
  onProgress: ((done: number) => void) | undefined;
}

/** Extract batches in this thread until none are left, yielding so workers' replies land. */
async function drainHere(queue: BatchQueue, results: PageExtract[][]): Promise<void> {
  for (let batch = queue.next++; batch < queue.batches.length; batch = queue.next++) {
    results[batch] = queue.batches[batch]!.map((source) => extractPage(source));
    queue.done += results[batch]!.length;
    queue.onProgress?.(queue.done);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Feed one worker batches from the queue until none are left. */
function drain(worker: Worker, queue: BatchQueue, results: PageExtract[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const send = () => {
      const batch = queue.next++;
      if (batch >= queue.batches.length) return resolve();

      const request: ExtractRequest = { batch, sources: queue.batches[batch]! };
      worker.postMessage(request);
    };

    worker.on("message", (reply: ExtractReply) => {
      results[reply.batch] = reply.extracts;
      queue.done += reply.extracts.length;
      queue.onProgress?.(queue.done);
      send();
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`extract worker exited with code ${code} (expected 0)`));
    });
    send();
  });
}

/**
 * Start a worker on the entry next to this module: compiled JavaScript when built; from
 * source, TypeScript after registering tsx's loader in the worker.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./extract-worker.js", import.meta.url));

  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  const loader = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;

  return new Worker(bootstrap, { eval: true });
}
