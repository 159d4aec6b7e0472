import { parentPort } from "node:worker_threads";
import { extractPage, type PageSource } from "../extract/extract-page.js";
import type { PageExtract } from "../extract/page-extract.js";

/** A batch of pages sent to a worker. */
export interface ExtractRequest {
  batch: number;
  sources: PageSource[];
}

/** The extracts of one batch, in the order of its pages. */
export interface ExtractReply {
  batch: number;
  extracts: PageExtract[];
}

/**
 * Worker entry: extract every batch of pages the pool sends, one reply per batch.
 */
parentPort?.on("message", (request: ExtractRequest) => {
  const extracts = request.sources.map((source) => extractPage(source));
  const reply: ExtractReply = { batch: request.batch, extracts };

  parentPort!.postMessage(reply);
});
