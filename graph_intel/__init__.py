"""graph-intel: evidence-backed criminal-network graphs from law-enforcement documents."""
