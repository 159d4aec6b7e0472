/**
 * Turn a glob into a test of `/`-separated paths.
 *
 * `*` and `?` stay within one path segment, `**` spans segments, `{a,b}` is either. A glob
 * without a `/` is matched against the file name alone, as in `.gitignore`, so
 * `*beta*.md` leaves out beta pages in any folder.
 */
export function globPattern(glob: string): (path: string) => boolean {
  const normalized = glob.replace(/^\.\//, "");
  const regex = new RegExp(`^${globSource(normalized)}$`);

  if (normalized.includes("/")) return (path) => regex.test(path);
  return (path) => regex.test(path.slice(path.lastIndexOf("/") + 1));
}

function globSource(glob: string): string {
  let source = "";

  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (glob.startsWith("**/", index)) {
      source += "(?:.*/)?";
      index += 2;
    } else if (glob.startsWith("**", index)) {
      source += ".*";
      index += 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else if (char === "{") source += "(?:";
    else if (char === "}") source += ")";
    else if (char === "," && openBraces(glob, index)) source += "|";
    else source += char.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }

  return source;
}

/** True when the character at `index` is inside `{...}`. */
function openBraces(glob: string, index: number): boolean {
  const before = glob.slice(0, index);
  return before.split("{").length > before.split("}").length;
}
