"""The shop package of the naming case."""
