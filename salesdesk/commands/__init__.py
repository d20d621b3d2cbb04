"""CLI subcommands, one module each: add_parser(subparsers) and run(ctx, args)."""
