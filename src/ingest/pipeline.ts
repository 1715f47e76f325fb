// One document in: read and check it, extract against what the graph holds, then store the
// document and its proposals in one transaction. Used by `npm run ingest` and `ingestDocument`.
import type { Driver } from 'neo4j-driver';
import type { Author } from '../db/curation.js';
import { addProposals, readDocument, readGraphView, storeDocument, type StoredDocument } from '../db/ingest.js';
import { RuleExtractor } from '../extract/rules.js';
import { misquoted, type Extractor, type GraphView, type Proposal } from '../extract/types.js';
import { prepareDocument, type Overrides, type PreparedDocument } from './document.js';

export const defaultExtractor: Extractor = new RuleExtractor();

export interface IngestOptions {
  maxBytes?: number;
  extractor?: Extractor;
  /** A view read once for many documents (the command line refreshes it now and then). */
  graph?: GraphView;
  /** Who the Source's revision names (default: the command line's `ingest`). */
  author?: Author;
}

export interface IngestResult extends StoredDocument {
  document: PreparedDocument;
}

/** Runs an engine and keeps only proposals whose quotes are verbatim at their offsets. */
async function extractChecked(
  extractor: Extractor,
  key: string,
  doc: PreparedDocument | { text: string; published?: PreparedDocument['published'] },
  graph: GraphView,
): Promise<Proposal[]> {
  const proposals = await extractor.extract({ id: key, text: doc.text, published: doc.published ?? undefined }, graph);
  const bad = new Set(misquoted(doc.text, proposals));
  return proposals.filter((p) => !bad.has(p));
}

export async function ingestBytes(
  driver: Driver,
  database: string,
  bytes: Uint8Array,
  overrides: Overrides,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const document = await prepareDocument(bytes, overrides, options.maxBytes);
  const extractor = options.extractor ?? defaultExtractor;
  const graph = options.graph ?? (await readGraphView(driver, database));
  // Extraction runs before the write transaction (offsets do not depend on the key), so the
  // transaction holds its locks only as long as the writes take.
  const proposals = await extractChecked(extractor, 'new', document, graph);
  const stored = await storeDocument(driver, database, document, extractor.name, () => proposals, options.author);
  return { ...stored, document };
}

/** Runs extraction again over a stored document: proposals it had already are not added twice. */
export async function reextract(
  driver: Driver,
  database: string,
  key: string,
  extractor: Extractor = defaultExtractor,
): Promise<{ added: number; total: number } | null> {
  const doc = await readDocument(driver, database, key);
  if (!doc) return null;
  const graph = await readGraphView(driver, database);
  const proposals = await extractChecked(
    extractor,
    key,
    { text: doc.text, published: doc.published?.earliest || doc.published?.latest ? doc.published : null },
    graph,
  );
  return addProposals(driver, database, key, extractor.name, proposals);
}
