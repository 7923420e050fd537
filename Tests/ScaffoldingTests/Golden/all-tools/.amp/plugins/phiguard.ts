// @i-know-the-amp-plugin-api-is-wip-and-very-experimental-right-now
// Written by phiguard for Amp; `phiguard apply` regenerates it, `phiguard remove` deletes it. Every
// tool call goes to `phiguard guard amp` first: one that would read an excluded file, or send or write PHI
// or a secret, is rejected with the reason. When phiguard cannot judge (not installed, an error), the
// call is rejected too. (Amp's plugin API cannot refuse a prompt.)
import { spawnSync } from "node:child_process";

const command = ["phiguard","guard","amp"];

export default function (amp) {
  amp.on("tool.call", async (event) => {
    const cwd = (amp.system && amp.system.workspaceRoot) || process.cwd();
    const run = spawnSync(command[0], command.slice(1), {
      cwd, encoding: "utf8", timeout: 30000,
      input: JSON.stringify({ hook_event_name: "tool.call", cwd, tool_name: event.tool, tool_input: event.input || {} }),
    });
    if (run.status === 0) return { action: "allow" };
    const reason = (run.stderr || "").trim();
    return {
      action: "reject-and-continue",
      message: reason || `phiguard could not judge this call (${run.error ? run.error.message : "exit " + run.status}), so it was rejected.`,
    };
  });
}
