// name: seizures-by-country
// title: Seizures by country and commodity
// description: Seizures rolled up to the country of the place they were made (a port's or a town's
// description: country, or the country itself), per commodity, with the total kilograms.
// param: commodity STRING example=cocaine default= -- only this commodity; empty: every commodity
// read-only: true
MATCH (s:Shipment)-[:SEIZED_AT]->(p)
WHERE $commodity = '' OR toLower(s.commodity) = toLower($commodity)
WITH DISTINCT s, coalesce(p.country, p.iso2) AS code
OPTIONAL MATCH (c:Country)
WHERE c.iso2 = code
RETURN code AS country, c.name AS country_name, s.commodity AS commodity,
       count(DISTINCT s.id) AS seizures, sum(coalesce(s.quantity_kg, 0.0)) AS total_kg
ORDER BY total_kg DESC, country, commodity
