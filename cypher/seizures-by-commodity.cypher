// name: seizures-by-commodity
// title: Seizures by commodity
// description: Every seized shipment grouped by commodity: number of seizures, total kilograms and
// description: how many of them state a quantity.
// read-only: true
MATCH (s:Shipment)
WHERE s.seized = true OR EXISTS { MATCH (s)-[:SEIZED_AT]->() }
RETURN coalesce(s.commodity, 'unknown') AS commodity, count(s) AS seizures,
       round(sum(coalesce(s.quantity_kg, 0.0)), 3) AS total_kg, count(s.quantity_kg) AS with_quantity
ORDER BY total_kg DESC, commodity
