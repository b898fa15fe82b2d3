"""One module per headless command or export kind, loaded only when it runs.

An export kind `KIND` lives in `export_<kind with underscores>.py` and offers
`export(store, uid, output) -> Path`; a command such as `import-people` lives in
`<name with underscores>.py` and offers `run(args) -> int`.
"""
