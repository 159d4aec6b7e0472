import { describe, expect, it } from "vitest";
import { closestName } from "../../src/config/closest-name.js";
import { validateConfig } from "../../src/config/validate-config.js";

const target = { inputs: ["docs"], out: "types" };

describe("config > closest name", () => {
  it.each([
    { given: "enumStlye", want: "enumStyle" },
    { given: "readOnly", want: "readonly" },
    { given: "target", want: "targets" },
    { given: "input", want: "inputs" },
    { given: "colour", want: undefined },
  ])("$given → $want", ({ given, want }) => {
    const candidates = ["enumStyle", "readonly", "targets", "inputs", "out", "layout"];

    expect(closestName(given, candidates)).toBe(want);
  });
});

describe("config > validate", () => {
  it("accepts a config with two targets and shared options", () => {
    const config = {
      options: { enumStyle: "union", readonly: false },
      maxWarnings: 0,
      targets: [
        { ...target, name: "en", include: ["**/*.md"], exclude: ["*beta*"] },
        { ...target, out: "types-ru", options: { locale: "ru-RU", layout: "file-per-type" } },
      ],
    };

    expect(validateConfig(config)).toEqual({ config, problems: [] });
  });

  it.each([
    {
      given: { targets: [{ ...target, options: { enumStlye: "union" } }] },
      want: "targets[0].options: unknown key 'enumStlye'; did you mean 'enumStyle'?",
    },
    {
      given: { target: [target] },
      want: "config: unknown key 'target'; did you mean 'targets'?",
    },
    {
      given: { targets: [{ inputs: ["docs"], output: "types" }] },
      want: "targets[0]: unknown key 'output'; did you mean 'out'?",
    },
    {
      given: { targets: [{ ...target, options: { layout: "flat" } }] },
      want: "targets[0].options.layout: must be one of 'namespace', 'file-per-type'",
    },
    { given: { targets: [] }, want: "targets: must be a non-empty list of objects" },
    { given: { targets: [{ out: "types" }] }, want: "targets[0]: missing key 'inputs'" },
    {
      given: { maxWarnings: -1, targets: [target] },
      want: "maxWarnings: must be a whole number, 0 or more",
    },
    { given: [], want: "config: must be an object" },
  ])("reports $want", ({ given, want }) => {
    const result = validateConfig(given);

    expect(result.problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([want]);
  });
});
