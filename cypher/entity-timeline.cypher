// name: entity-timeline
// title: Timeline of an entity
// description: The operations and seizures an entity is linked to (took part in, targeted by,
// description: seizures traced to it or made at it, seizures of an operation), by the publication
// description: date of the document that states each link.
// param: entity ENTITY example=port:nlrtm -- entity id, name or alias
// read-only: true
MATCH (n)-[r:PARTICIPATED_IN|TARGETED|RESULTED_IN|SEIZED_AT|ATTRIBUTED_TO]-(event)
WHERE (n.id = $entity OR toLower(n.name) = toLower($entity))
  AND {{node_label(event)}} IN ['Operation', 'Shipment']
MATCH (d:Document {id: r.doc_id})
RETURN d.published AS published, {{rel_type(r)}} AS link, {{node_label(event)}} AS event_label,
       event.id AS event_id, event.name AS name, event.commodity AS commodity, event.quantity_kg AS kg,
       d.id AS doc_id, d.title AS document
ORDER BY published, doc_id, event_id
