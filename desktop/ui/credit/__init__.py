"""Credit applications: the list, the application by tabs, the programs."""
