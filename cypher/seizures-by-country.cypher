// name: seizures-by-country
// title: Seizures by country and commodity
// description: Seizures rolled up to the country of the place they were made (a port's or a town's
// description: country, or the country itself), per commodity. total_kg counts shipments seized in
// description: this country alone; a quantity stated for places in several countries together is
// description: shown once per country as shared_kg, never multiplied. Places in no country (a sea)
// description: leave a seizure to the country it was also made in.
// param: commodity STRING example=cocaine default= -- only this commodity; empty: every commodity
// read-only: true
MATCH (s:Shipment)-[:SEIZED_AT]->(p)
WHERE $commodity = '' OR toLower(s.commodity) = toLower($commodity)
WITH DISTINCT s, coalesce(p.country, p.iso2) AS code
MATCH (s)-[:SEIZED_AT]->(other)
// count() skips places without a country
WITH s, code, count(DISTINCT coalesce(other.country, other.iso2)) AS countries
WITH s, code, countries > 1 OR (code IS NULL AND countries > 0) AS shared
OPTIONAL MATCH (c:Country)
WHERE c.iso2 = code
RETURN code AS country, c.name AS country_name, s.commodity AS commodity,
       count(DISTINCT s.id) AS seizures,
       round(sum(CASE WHEN shared THEN 0.0 ELSE coalesce(s.quantity_kg, 0.0) END), 3) AS total_kg,
       count(CASE WHEN shared THEN 1 END) AS shared_seizures,
       round(sum(CASE WHEN shared THEN coalesce(s.quantity_kg, 0.0) ELSE 0.0 END), 3) AS shared_kg
ORDER BY total_kg DESC, shared_kg DESC, country, commodity
