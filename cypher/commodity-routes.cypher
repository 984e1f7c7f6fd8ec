// name: commodity-routes
// title: Routes of a commodity
// description: Origin -> transit -> destination of every shipment of a commodity, with where it was
// description: seized and whom it was traced to; then the routes stated for the organisations those
// description: shipments were traced to (kg: the total of their shipments of the commodity).
// param: commodity STRING example=cocaine -- commodity as extracted (cocaine, heroin, cannabis...)
// read-only: true
MATCH (s:Shipment)
WHERE toLower(s.commodity) = toLower($commodity)
OPTIONAL MATCH (s)-[:ORIGINATED_IN]->(origin)
OPTIONAL MATCH (s)-[:TRANSITED_VIA]->(transit)
OPTIONAL MATCH (s)-[:DESTINED_FOR]->(destination)
OPTIONAL MATCH (s)-[:SEIZED_AT]->(seized)
OPTIONAL MATCH (s)-[:ATTRIBUTED_TO]->(org:Organisation)
RETURN s.id AS carrier, 'Shipment' AS carrier_label, s.name AS name, coalesce(s.quantity_kg, 0.0) AS kg,
       collect(DISTINCT origin.name) AS origins, collect(DISTINCT transit.name) AS transits,
       collect(DISTINCT destination.name) AS destinations, collect(DISTINCT seized.name) AS seized_at,
       collect(DISTINCT org.name) AS organisations
UNION ALL
MATCH (org:Organisation)<-[:ATTRIBUTED_TO]-(s:Shipment)
WHERE toLower(s.commodity) = toLower($commodity)
WITH org, sum(coalesce(s.quantity_kg, 0.0)) AS kg, collect(DISTINCT s.id) AS shipments
OPTIONAL MATCH (org)-[:ORIGINATED_IN]->(origin)
OPTIONAL MATCH (org)-[:TRANSITED_VIA]->(transit)
OPTIONAL MATCH (org)-[:DESTINED_FOR]->(destination)
WITH org, kg, shipments, collect(DISTINCT origin.name) AS origins, collect(DISTINCT transit.name) AS transits,
     collect(DISTINCT destination.name) AS destinations
WHERE size(origins) + size(transits) + size(destinations) > 0
OPTIONAL MATCH (x:Shipment)-[:SEIZED_AT]->(seized)
WHERE x.id IN shipments
RETURN org.id AS carrier, 'Organisation' AS carrier_label, org.name AS name, kg,
       origins, transits, destinations, collect(DISTINCT seized.name) AS seized_at,
       [org.name] AS organisations
