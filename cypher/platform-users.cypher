// name: platform-users
// title: Who used a platform
// description: Organisations and persons said to use an encrypted communication platform
// description: (Sky ECC, EncroChat, ANOM...), with the number of documents that say so.
// param: platform ENTITY:Platform example=platform:sky-ecc default= -- platform id, name or alias; empty: every platform
// read-only: true
MATCH (u)-[r:USED]->(p:Platform)
WHERE $platform = '' OR p.id = $platform OR toLower(p.name) = toLower($platform)
RETURN p.id AS platform, p.name AS platform_name, u.id AS user, {{node_label(u)}} AS user_label,
       u.name AS user_name, count(DISTINCT r.doc_id) AS documents, collect(DISTINCT r.doc_id) AS doc_ids
ORDER BY platform, documents DESC, user
