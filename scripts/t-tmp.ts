import { generateIncremental } from "../src/generate-incremental.ts";
import { generate } from "../src/generate.ts";
const mode = process.argv[2];
const t = performance.now();
const r = mode === "plain" ? generate({ inputs: ["../shared/corpus/en-2021-07/v1.0/resources"] }) : await generateIncremental({ inputs: ["../shared/corpus/en-2021-07/v1.0/resources"], cacheDir: "/tmp/speed/cache" });
console.log(mode, performance.now() - t, [...r.files.values()].join("").length, process.resourceUsage().maxRSS);
