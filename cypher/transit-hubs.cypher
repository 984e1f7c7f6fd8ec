// name: transit-hubs
// title: Transit hubs
// description: Places named as a stop on a route, by how many shipments and organisations pass
// description: through them. shipment_kg is what the shipments through a hub weighed (a shipment
// description: counts fully at each of its stops: it passed through all of them); organisations
// description: carry no weight of their own here.
// param: commodity STRING example=cocaine default= -- only shipments of this commodity; empty: every route
// read-only: true
MATCH (x)-[:TRANSITED_VIA]->(hub)
WHERE $commodity = '' OR toLower(x.commodity) = toLower($commodity)
WITH DISTINCT hub, x, {{node_label(x)}} = 'Shipment' AS is_shipment
RETURN hub.id AS hub, {{node_label(hub)}} AS hub_label, hub.name AS name, count(x) AS carriers,
       count(CASE WHEN is_shipment THEN 1 END) AS shipments,
       count(CASE WHEN NOT is_shipment THEN 1 END) AS organisations,
       round(sum(coalesce(x.quantity_kg, 0.0)), 3) AS shipment_kg, collect(x.name) AS carried
ORDER BY carriers DESC, shipment_kg DESC, hub
