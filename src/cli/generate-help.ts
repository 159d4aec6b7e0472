/** What `generate --help` says after the options: config files, environment, examples. */
export const generateHelp = `
Config:
  Without inputs, generate runs the targets of the first config found from the working
  folder up: the "graphTypegen" key of package.json, or graph-typegen.config.json, .js,
  .mjs or .ts (a .ts config needs tsx installed). Paths in a config are relative to it.

    {
      "options": { "enumStyle": "union" },
      "targets": [
        { "name": "graph", "inputs": ["docs/resources"], "out": "src/graph",
          "exclude": ["*beta*.md"], "options": { "layout": "file-per-type" } }
      ]
    }

  Target keys: name, inputs, include, exclude, out, options. Option keys (top level or per
  target): locale, enumStyle, readonly, odataType, layout, clean. Top level: maxWarnings.
  Options typed on the command line override the config's.

Output:
  Diagnostics go to stderr as file:line:col severity CODE message, with the line quoted;
  --reporter json writes one JSON document to stdout and nothing else. A progress bar shows
  on a terminal, not in CI (CI set) or a pipe. NO_COLOR turns colour off, FORCE_COLOR on.

Exit codes:
  0 done; 1 errors, drift under --check, or more warnings than --max-warnings;
  2 usage error (unknown option, bad config, missing input).

Examples:
  $ graph-typegen generate docs/v1.0/resources -o src/graph
  $ graph-typegen generate docs/ru-ru/resources -o src/graph --locale ru-RU --enum-style union
  $ graph-typegen generate                      # every target of the config
  $ graph-typegen generate --target graph --check --max-warnings 0
`;
