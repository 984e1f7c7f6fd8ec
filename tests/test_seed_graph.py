"""What `make demo` promises about the seed graph, checked on the real store."""
import networkx as nx

from graph_intel.analytics import collapsed


def test_the_balkan_cartel_neighbourhood_reaches_platform_ports_and_route(seeded_store):
    cartel = seeded_store.resolve("cartel")
    assert cartel["label"] == "Organisation"
    names = {n.name for n in seeded_store.neighbourhood([cartel["id"]], depth=2).nodes}
    assert {"Sky ECC", "Rotterdam", "Hasselt", "Aruba", "West Africa"} <= names
    ports = {n.name for n in seeded_store.neighbourhood([cartel["id"]], depth=2).nodes if n.label == "Port"}
    assert ports == {"Rotterdam", "Hasselt"}


def test_the_cartel_is_central_in_the_collapsed_graph(seeded_store):
    G = collapsed(seeded_store)
    cartel = seeded_store.resolve("cartel")["id"]
    degree = dict(G.degree())
    # the group the Europol release is about has more links than any place or agency it touches
    assert degree[cartel] >= max(d for n, d in degree.items() if n.startswith(("port:", "platform:")))
    assert nx.has_path(G, cartel, "agency:europol")
