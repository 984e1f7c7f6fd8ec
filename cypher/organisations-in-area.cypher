// name: organisations-in-area
// title: Organisations operating in a country or region
// description: Criminal organisations said to operate in a country or region, directly or in a
// description: place located in it (a city, a port, a country within a region: up to two steps of
// description: LOCATED_IN). `via` names the place the document gives.
// param: area ENTITY:Country|Region|Location|Port example=country:RS -- country, region or place: id, name or alias
// read-only: true
MATCH (area)
WHERE area.id = $area OR toLower(area.name) = toLower($area)
// The area and the places inside it first, then the organisations operating in each: anchored
// lookups instead of testing every OPERATES_IN claim against a variable-length pattern.
OPTIONAL MATCH (inside)-[:LOCATED_IN*1..2]->(area)
WITH area, collect(DISTINCT inside.id) AS inside_ids
UNWIND inside_ids + [area.id] AS place_id
MATCH (o:Organisation)-[r:OPERATES_IN]->(place)
WHERE place.id = place_id
RETURN area.id AS area, o.id AS organisation, o.name AS name, collect(DISTINCT place.name) AS via,
       count(DISTINCT r.doc_id) AS documents
ORDER BY documents DESC, name, area, organisation
