"""dossier-analyzer: reads a Dutch poor-performance dossier and reports how ready it is for the kantonrechter."""

__version__ = "0.1.0"
