// name: commodity-routes
// title: Routes of a commodity
// description: Origin -> transit -> destination of every shipment of a commodity (stops in the order
// description: the text gives them), with where it was
// description: seized and whom it was traced to; then the routes stated for the organisations those
// description: shipments were traced to (kg: the total of their shipments of the commodity).
// param: commodity STRING example=cocaine -- commodity as extracted (cocaine, heroin, cannabis...)
// param: limit INT64 example=20 default=100 -- at most this many shipments, and this many organisations, largest first
// read-only: true
// One OPTIONAL MATCH over the route types, split by type in collect(): LadybugDB runs a chain
// of OPTIONAL MATCHes an order of magnitude slower.
MATCH (s:Shipment)
WHERE toLower(s.commodity) = toLower($commodity)
WITH s
ORDER BY s.quantity_kg DESC, s.id
LIMIT $limit
OPTIONAL MATCH (s)-[r:ORIGINATED_IN|TRANSITED_VIA|DESTINED_FOR|SEIZED_AT|ATTRIBUTED_TO]->(x)
// collect() keeps the order rows arrive in: route stops in the order the text gives them.
WITH s, r, x
ORDER BY r.stop, x.name
SKIP 0
RETURN s.id AS carrier, 'Shipment' AS carrier_label, s.name AS name, coalesce(s.quantity_kg, 0.0) AS kg,
       collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'ORIGINATED_IN' THEN x.name END) AS origins,
       collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'TRANSITED_VIA' THEN x.name END) AS transits,
       collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'DESTINED_FOR' THEN x.name END) AS destinations,
       collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'SEIZED_AT' THEN x.name END) AS seized_at,
       collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'ATTRIBUTED_TO' THEN x.name END) AS organisations
UNION ALL
MATCH (org:Organisation)<-[:ATTRIBUTED_TO]-(s:Shipment)
WHERE toLower(s.commodity) = toLower($commodity)
WITH DISTINCT org, s
WITH org, round(sum(coalesce(s.quantity_kg, 0.0)), 3) AS kg
ORDER BY kg DESC, org.id
LIMIT $limit
// The seizure places before the routes: after the routes' collect() LadybugDB joined them against
// every seizure (0.49 s at 1M claims; 0.11 s in this order).
OPTIONAL MATCH (org)<-[:ATTRIBUTED_TO]-(s:Shipment)
WHERE toLower(s.commodity) = toLower($commodity)
OPTIONAL MATCH (s)-[:SEIZED_AT]->(seized)
WITH org, kg, collect(DISTINCT seized.name) AS seized_at
OPTIONAL MATCH (org)-[r:ORIGINATED_IN|TRANSITED_VIA|DESTINED_FOR]->(place)
WITH org, kg, seized_at, r, place
ORDER BY r.stop, place.name
SKIP 0
WITH org, kg, seized_at,
     collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'ORIGINATED_IN' THEN place.name END) AS origins,
     collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'TRANSITED_VIA' THEN place.name END) AS transits,
     collect(DISTINCT CASE WHEN {{rel_type(r)}} = 'DESTINED_FOR' THEN place.name END) AS destinations
WHERE size(origins) + size(transits) + size(destinations) > 0
RETURN org.id AS carrier, 'Organisation' AS carrier_label, org.name AS name, kg,
       origins, transits, destinations, seized_at, [org.name] AS organisations
