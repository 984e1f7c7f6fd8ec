// name: entity-profile
// title: Profile of an entity
// description: Every claim about one entity, in either direction, with the document that states it
// description: (title, publication date, grading) and the evidence sentence: outgoing claims, then incoming.
// param: entity ENTITY example=platform:sky-ecc -- entity id, name or alias
// read-only: true
MATCH (n)-[r:{{claim_types}}]->(other)
WHERE n.id = $entity OR toLower(n.name) = toLower($entity)
MATCH (d:Document {id: r.doc_id})
RETURN n.id AS entity, 'out' AS direction, {{rel_type(r)}} AS type,
       other.id AS other_id, {{node_label(other)}} AS other_label, other.name AS other_name,
       r.role AS role, d.id AS doc_id, d.title AS document, d.published AS published,
       r.grading AS grading, r.confidence AS confidence, r.evidence AS evidence
UNION ALL
MATCH (n)<-[r:{{claim_types}}]-(other)
WHERE n.id = $entity OR toLower(n.name) = toLower($entity)
MATCH (d:Document {id: r.doc_id})
RETURN n.id AS entity, 'in' AS direction, {{rel_type(r)}} AS type,
       other.id AS other_id, {{node_label(other)}} AS other_label, other.name AS other_name,
       r.role AS role, d.id AS doc_id, d.title AS document, d.published AS published,
       r.grading AS grading, r.confidence AS confidence, r.evidence AS evidence
