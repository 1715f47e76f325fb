// Constraints and indexes, applied idempotently at every start (IF NOT EXISTS), and the data
// migrations that go with them (idempotent too). Label names come
// from the model module, never from input.
import type { Driver } from 'neo4j-driver';
import { nodeTypeNames } from '../model.js';
import { backfillKnown } from './known.js';
import { backfillContentHashes } from './sources.js';

export const FULLTEXT_INDEX = 'entity_text';

export function schemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    ...nodeTypeNames.map(
      (t) => `CREATE CONSTRAINT ${t.toLowerCase()}_id IF NOT EXISTS FOR (n:${t}) REQUIRE n.id IS UNIQUE`,
    ),
    // The write side: revisions are unique by id and by idempotency key (two retries racing each
    // other cannot both write), API keys by their public id and their name.
    'CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (r:Revision) REQUIRE r.id IS UNIQUE',
    'CREATE CONSTRAINT revision_idempotency IF NOT EXISTS FOR (r:Revision) REQUIRE r.idempotencyKey IS UNIQUE',
    'CREATE INDEX revision_at IF NOT EXISTS FOR (r:Revision) ON (r.at)',
    'CREATE INDEX revision_author IF NOT EXISTS FOR (r:Revision) ON (r.author)',
    'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.keyId IS UNIQUE',
    'CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE',
    // Ingestion: one Source per text and one Proposal per document, kind and span, however many
    // ingest processes run at once (MERGE under a uniqueness constraint takes a lock).
    'CREATE CONSTRAINT source_content_hash IF NOT EXISTS FOR (n:Source) REQUIRE n.contentHash IS UNIQUE',
    'CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX proposal_document IF NOT EXISTS FOR (n:Proposal) ON (n.documentId, n.start)',
    'CREATE INDEX obligation_due IF NOT EXISTS FOR (n:Obligation) ON (n.dueLatest)',
    // The overdue list's own order (due day, then key): a page of it stops after its last item,
    // where the due-day index alone left every obligation due on that item's day to be read and
    // judged (more of them per day the larger the graph; src/db/obligations.ts).
    'CREATE INDEX obligation_due_key IF NOT EXISTS FOR (n:Obligation) ON (n.dueLatest, n.id)',
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest)',
    // The requests list is read in date order from its own index (src/db/pages.ts datedPage).
    'CREATE INDEX request_date IF NOT EXISTS FOR (n:Request) ON (n.dateEarliest)',
    'CREATE INDEX document_issued IF NOT EXISTS FOR (n:Document) ON (n.issuedEarliest)',
    'CREATE INDEX evidence_source IF NOT EXISTS FOR (n:Evidence) ON (n.sourceId)',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    // Pages of actors are sorted by name: per-label name indexes let Neo4j read them in order.
    'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
    'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
    'CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name)',
    // Names, aliases, titles and the attributed words of statements; not whole source texts,
    // which would match every query.
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasesText, n.title, n.text, n.action, n.description]`,
  ];
}

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements()) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
  // Data written before facts were stamped with the day they became known gets its stamps.
  await backfillKnown(driver, database);
  // One Source per text: every Source findable by the hash of its text.
  await backfillContentHashes(driver, database);
}
