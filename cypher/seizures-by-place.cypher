// name: seizures-by-place
// title: Seizures by place and commodity
// description: Where shipments were seized (port, place or country, as specific as the documents
// description: say), per commodity: number of seizures and total kilograms.
// param: commodity STRING example=cocaine default= -- only this commodity; empty: every commodity
// read-only: true
MATCH (s:Shipment)-[:SEIZED_AT]->(p)
WHERE $commodity = '' OR toLower(s.commodity) = toLower($commodity)
WITH DISTINCT s, p
RETURN p.id AS place, {{node_label(p)}} AS place_label, p.name AS place_name,
       coalesce(p.country, p.iso2) AS country, s.commodity AS commodity,
       count(s) AS seizures, sum(coalesce(s.quantity_kg, 0.0)) AS total_kg
ORDER BY total_kg DESC, place, commodity
