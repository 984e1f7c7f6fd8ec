// Lints Cypher statements with Neo4j's own front end (@neo4j-cypher/language-support).
// stdin: {"schema": {labels, relationshipTypes, propertyKeys}, "statements": [{"origin", "cypher", "parameters"}]}
// stdout: one JSON list, each statement with the diagnostics Neo4j's parser and semantic analysis report.
// Functions and procedures are those of a Neo4j 5 server as the package's own schema lists them,
// without the APOC and GDS plugins, which the project's Neo4j (docker-compose.yml) does not load.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

function builtIn(registry) {
  const out = {};
  for (const [version, entries] of Object.entries(registry ?? {})) {
    out[version] = Object.fromEntries(
      Object.entries(entries).filter(([name]) => !/^(apoc|gds)\./.test(name)));
  }
  return out;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const base = {
  ...input.schema,
  functions: builtIn(testData.mockSchema.functions),
  procedures: builtIn(testData.mockSchema.procedures),
};
const results = input.statements.map((s) => {
  const schema = { ...base, parameters: Object.fromEntries((s.parameters ?? []).map((p) => [p, null])) };
  const { diagnostics } = lintCypherQuery(s.cypher, schema);
  return { origin: s.origin, cypher: s.cypher,
           diagnostics: diagnostics.map((d) => ({ severity: d.severity, message: d.message, offsets: d.offsets })) };
});
process.stdout.write(JSON.stringify(results));
