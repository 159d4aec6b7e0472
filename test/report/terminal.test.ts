import { describe, expect, it } from "vitest";
import { createProgressBar } from "../../src/report/progress-bar.js";
import { colorEnabled, colorsFor, progressEnabled } from "../../src/report/terminal.js";

describe("report > terminal > colour", () => {
  it.each([
    { isTTY: true, env: {}, want: true },
    { isTTY: false, env: {}, want: false },
    { isTTY: true, env: { NO_COLOR: "1" }, want: false },
    { isTTY: true, env: { NO_COLOR: "" }, want: true },
    { isTTY: true, env: { TERM: "dumb" }, want: false },
    { isTTY: false, env: { FORCE_COLOR: "1" }, want: true },
    { isTTY: true, env: { FORCE_COLOR: "1", NO_COLOR: "1" }, want: false },
  ])("tty $isTTY, env $env → $want", ({ isTTY, env, want }) => {
    expect(colorEnabled({ isTTY, env })).toBe(want);
  });
});

describe("report > terminal > progress bar", () => {
  const text = { reporter: "text" } as const;

  it.each([
    { isTTY: true, env: {}, options: text, want: true },
    { isTTY: false, env: {}, options: text, want: false },
    { isTTY: true, env: { CI: "true" }, options: text, want: false },
    { isTTY: true, env: { CI: "1" }, options: text, want: false },
    { isTTY: true, env: { CI: "false" }, options: text, want: true },
    { isTTY: true, env: {}, options: { ...text, quiet: true }, want: false },
    { isTTY: true, env: {}, options: { reporter: "json" as const }, want: false },
  ])("tty $isTTY, env $env, $options → $want", ({ isTTY, env, options, want }) => {
    expect(progressEnabled({ isTTY, env }, options)).toBe(want);
  });

  it("draws once per percent and erases itself", () => {
    const written: string[] = [];
    const bar = createProgressBar(
      (text) => written.push(text),
      "en",
      colorsFor({ isTTY: false, env: {} }),
    );

    for (let done = 1; done <= 400; done++) bar.update(done, 400);
    bar.done();

    expect(written).toHaveLength(102);
    expect(written[100]).toBe(`\ren ${"█".repeat(30)} 400/400 pages`);
    expect(written[101]).toBe("\r\u001B[K");
  });
});
