"""Settling a sale: the deals, the guided flow, and the balance rail."""
