import { fileURLToPath } from "node:url";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { registerCompareCommand } from "../../src/cli/compare-command.js";

const fixture = fileURLToPath(new URL("./fixtures/differences/", import.meta.url));
const ours = `${fixture}ours`;
const reference = `${fixture}reference/microsoft-graph.d.ts`;

/** What a run printed and how it ended. */
interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function run(...args: string[]): Run {
  const outcome: Run = { stdout: "", stderr: "", exitCode: 0 };
  const program = new Command("graph-typegen").exitOverride().configureOutput({
    writeOut: (text) => (outcome.stdout += text),
    writeErr: (text) => (outcome.stderr += text),
  });
  registerCompareCommand(program);

  try {
    program.parse(args, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    outcome.exitCode = error.exitCode;
  }
  return outcome;
}

describe("cli > compare", () => {
  it("prints per-type lines, then the summary", () => {
    const { stdout, exitCode } = run("compare", ours, "--reference", reference);

    expect(exitCode).toBe(0);
    expect(stdout).toBe(
      [
        "Message",
        "  missing        body",
        "  extra          categories",
        "  extra          conversationId",
        "  type           sensitivity: reference enum Sensitivity, ours enum Sensitivity (enum-members; reference only: confidential; ours only: none)",
        "  type           isRead: reference boolean, ours string (primitive)",
        "  type           toRecipients: reference Recipient[], ours Recipient (array)",
        "  type           from: reference Recipient, ours EmailAddress (reference-target)",
        "  type           flag: reference FollowupFlag, ours unknown (kind)",
        "  type           replyTo: reference Recipient[], ours (EmailAddress | ItemBody)[] (union)",
        "OutlookItem",
        "  extra          categories",
        "not emitted      Calendar",
        "not emitted      FollowupFlag",
        "",
        "types             81.8%  (9/11)",
        "recall            96.6%  (28/29)",
        "precision         90.3%  (28/31)",
        "type agreement    78.6%  (22/28)",
        "enums             50.0%  (1/2)",
        "bases            100.0%  (5/5)",
        "",
      ].join("\n"),
    );
  });

  it("--summary-only leaves out the per-type lines", () => {
    const { stdout } = run("compare", ours, "--reference", reference, "--summary-only");

    expect(stdout.split("\n")[0]).toBe("types             81.8%  (9/11)");
  });

  it("--json prints one document with the summary and the types", () => {
    const { stdout } = run("compare", ours, "--reference", reference, "--json");

    const document = JSON.parse(stdout);
    expect(document.summary.recall).toEqual({ numerator: 28, denominator: 29, ratio: 28 / 29 });
    expect(document.types.map((type: { name: string }) => type.name)).toContain("Message");
  });

  it("a missing folder exits with 2 and names the path", () => {
    const { stderr, exitCode } = run("compare", "/no/such/folder", "--reference", reference);

    expect(exitCode).toBe(2);
    expect(stderr).toContain("generated folder not found: /no/such/folder");
  });

  it("a missing reference file exits with 2 and names the path", () => {
    const { stderr, exitCode } = run("compare", ours, "--reference", "/no/such.d.ts");

    expect(exitCode).toBe(2);
    expect(stderr).toContain("reference file not found: /no/such.d.ts");
  });

  it("a missing --reference option exits with 2", () => {
    const { stderr, exitCode } = run("compare", ours);

    expect(exitCode).toBe(2);
    expect(stderr).toContain("--reference");
  });
});
