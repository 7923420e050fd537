// Loads the plugin module `phiguard init` writes for OpenCode and Kilo Code, as OpenCode 1.x loads a
// project plugin (a named export called with the session's context), and calls its hooks with the
// shapes OpenCode passes them (`tool.execute.before`: {tool, sessionID, callID} and {args};
// `chat.message`: {sessionID, ...} and {message, parts}). Prints one JSON report: what each call
// did, never a planted value (the message's text is reported only as "still holds the value or not").
//
//   node run_plugin.mjs PLUGIN REPOSITORY PHIGUARD_FOLDER VALUE
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pluginPath, repository, phiguardFolder, value] = process.argv.slice(2);
const plugin = await import(pathToFileURL(pluginPath).href);
const exported = Object.values(plugin);
const results = { exports: exported.length, allFunctions: exported.every((item) => typeof item === "function"), scenarios: {} };

async function hooksWith(pathVariable) {
  process.env.PATH = pathVariable;
  return exported[0]({ directory: repository, worktree: repository, project: { id: "p" }, client: {}, $: undefined });
}

async function attempt(name, call) {
  try {
    await call();
    results.scenarios[name] = { threw: false };
  } catch (error) {
    const message = String(error && error.message);
    results.scenarios[name] = { threw: true, namesPhiguard: message.includes("phiguard"), printsValue: message.includes(value) };
  }
}

const withPhiguard = phiguardFolder + path.delimiter + process.env.PATH;
const hooks = await hooksWith(withPhiguard);
results.hooks = Object.keys(hooks).sort();
const tool = (name, args) => hooks["tool.execute.before"]({ tool: name, sessionID: "ses_1", callID: "call_1" }, { args });

await attempt("read .env", () => tool("read", { filePath: path.join(repository, ".env") }));
await attempt("read a restricted file", () => tool("read", { filePath: path.join(repository, "src/phi/patients.py"), offset: 0, limit: 200 }));
await attempt("read a file whose content has an SSN", () => tool("read", { filePath: path.join(repository, "docs/visit.txt") }));
await attempt("bash cat of that file", () => tool("bash", { command: "cat docs/visit.txt", description: "Show the note" }));
await attempt("edit writing an SSN", () => tool("edit", { filePath: path.join(repository, "notes.md"), oldString: "x", newString: `SSN ${value}` }));
await attempt("write with an SSN", () => tool("write", { filePath: path.join(repository, "notes.md"), content: `SSN ${value}\n` }));
await attempt("grep whose lines hold an SSN", () => tool("grep", { pattern: "SSN", path: path.join(repository, "docs") }));
await attempt("webfetch sending an SSN", () => tool("webfetch", { url: `https://records.northside-clinic.net/lookup?patient_ssn=${value}`, format: "text" }));
await attempt("bash ls", () => tool("bash", { command: "ls src", description: "List" }));
await attempt("read README.md", () => tool("read", { filePath: path.join(repository, "README.md") }));

const message = (text) => ({ message: { id: "msg_1", role: "user", sessionID: "ses_1" }, parts: [{ id: "prt_1", type: "text", text }] });
const blocked = message(`Summarise the visit for the patient with SSN ${value}`);
await attempt("message with an SSN", () => hooks["chat.message"]({ sessionID: "ses_1", agent: "build" }, blocked));
results.scenarios["message with an SSN"].textStillHoldsValue = blocked.parts[0].text.includes(value);
const clean = message("Write a factorial function in Python");
await attempt("clean message", () => hooks["chat.message"]({ sessionID: "ses_1", agent: "build" }, clean));
results.scenarios["clean message"].textUnchanged = clean.parts[0].text === "Write a factorial function in Python";

// Without phiguard on PATH the plugin cannot judge: it refuses.
const without = await hooksWith("/nonexistent");
await attempt("read without phiguard", () => without["tool.execute.before"]({ tool: "read", sessionID: "s", callID: "c" }, { args: { filePath: path.join(repository, "README.md") } }));

console.log(JSON.stringify(results));
