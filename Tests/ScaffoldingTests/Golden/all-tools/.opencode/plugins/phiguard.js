// Written by phiguard for OpenCode and Kilo Code; `phiguard apply` regenerates it, `phiguard remove`
// deletes it. Every message and tool call goes to `phiguard guard opencode` first: a tool call that would read an
// excluded file, or send or write PHI or a secret, is refused with the reason; a message that carries
// PHI is stopped and its text replaced by the reason. When phiguard cannot judge (not installed, an
// error), the call is refused too.
import { spawnSync } from "node:child_process";

const command = ["phiguard","guard","opencode"];

function judge(directory, event) {
  const run = spawnSync(command[0], command.slice(1), {
    cwd: directory, input: JSON.stringify(event), encoding: "utf8", timeout: 30000,
  });
  if (run.status === 0) return;
  const reason = (run.stderr || "").trim();
  throw new Error(reason || `phiguard could not judge this (${run.error ? run.error.message : "exit " + run.status}), so it was refused.`);
}

export const PhiguardGuard = async ({ directory }) => ({
  "chat.message": async (input, output) => {
    const parts = (output && output.parts) || [];
    const prompt = parts.filter((part) => part.type === "text").map((part) => part.text || "").join("\n");
    try {
      judge(directory, { hook_event_name: "chat.message", cwd: directory, session_id: input.sessionID, prompt });
    } catch (error) {
      // Where a throw does not stop the message, its text no longer carries the values.
      for (const part of parts) if (part.type === "text") part.text = error.message;
      throw error;
    }
  },
  "tool.execute.before": async (input, output) => {
    judge(directory, {
      hook_event_name: "tool.execute.before", cwd: directory, session_id: input.sessionID,
      tool_name: input.tool, tool_input: (output && output.args) || {},
    });
  },
});
