// name: seizures-by-place
// title: Seizures by place and commodity
// description: Where shipments were seized (port, place or country, as specific as the documents
// description: say), per commodity. total_kg counts the shipments seized at this place alone; a
// description: quantity the text states for several places together ("2 t seized in A, B and C")
// description: is never multiplied: it is shown once per place as shared_kg, beside total_kg.
// param: commodity STRING example=cocaine default= -- only this commodity; empty: every commodity
// read-only: true
MATCH (s:Shipment)-[:SEIZED_AT]->(p)
WHERE $commodity = '' OR toLower(s.commodity) = toLower($commodity)
WITH DISTINCT s, p
MATCH (s)-[:SEIZED_AT]->(other)
WITH s, p, count(DISTINCT other.id) AS places
RETURN p.id AS place, {{node_label(p)}} AS place_label, p.name AS place_name,
       coalesce(p.country, p.iso2) AS country, s.commodity AS commodity, count(s) AS seizures,
       round(sum(CASE WHEN places = 1 THEN coalesce(s.quantity_kg, 0.0) ELSE 0.0 END), 3) AS total_kg,
       count(CASE WHEN places > 1 THEN 1 END) AS shared_seizures,
       round(sum(CASE WHEN places > 1 THEN coalesce(s.quantity_kg, 0.0) ELSE 0.0 END), 3) AS shared_kg
ORDER BY total_kg DESC, shared_kg DESC, place, commodity
