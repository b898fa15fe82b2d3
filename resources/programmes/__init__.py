"""Programme definitions: one TOML file per programme (package so it ships as package data)."""
