// name: transit-hubs
// title: Transit hubs
// description: Places named as a stop on a route (of a shipment or of an organisation's trafficking),
// description: by how many shipments and organisations pass through them, with the kilograms carried.
// param: commodity STRING example=cocaine default= -- only shipments of this commodity; empty: every route
// read-only: true
MATCH (x)-[:TRANSITED_VIA]->(hub)
WHERE $commodity = '' OR toLower(x.commodity) = toLower($commodity)
WITH DISTINCT hub, x
RETURN hub.id AS hub, {{node_label(hub)}} AS hub_label, hub.name AS name, count(x) AS carriers,
       sum(coalesce(x.quantity_kg, 0.0)) AS total_kg, collect(x.name) AS carried
ORDER BY carriers DESC, total_kg DESC, hub
