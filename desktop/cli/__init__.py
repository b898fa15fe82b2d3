"""The command line: the contract in DESIGN.md, one module per command or export kind."""
