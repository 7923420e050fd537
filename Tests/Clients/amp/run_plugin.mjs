// Loads the plugin `phiguard init` writes for Amp (.amp/plugins/phiguard.ts, plain JavaScript in a .ts
// file; copied to a .mjs here, since Node does not load .ts) as Amp loads a plugin: its default export
// is called with the plugin API, whose `on` registers handlers. Calls the `tool.call` handler with the
// event shape of Amp's plugin docs ({thread, toolUseID, tool, input}) and prints one JSON report of the
// actions returned, never a planted value.
//
//   node run_plugin.mjs PLUGIN_MJS REPOSITORY PHIGUARD_FOLDER VALUE
import { pathToFileURL } from "node:url";
import path from "node:path";

const [pluginPath, repository, phiguardFolder, value] = process.argv.slice(2);
const plugin = await import(pathToFileURL(pluginPath).href);
const handlers = {};
const amp = { on: (name, handler) => { handlers[name] = handler; }, system: { workspaceRoot: repository } };
plugin.default(amp);
const results = { events: Object.keys(handlers).sort(), scenarios: {} };

async function call(name, tool, input, pathVariable) {
  process.env.PATH = pathVariable;
  const answer = await handlers["tool.call"]({ thread: { id: "T-1" }, toolUseID: "toolu_1", tool, input });
  const message = String((answer && answer.message) || "");
  results.scenarios[name] = { action: answer && answer.action, namesPhiguard: message.includes("phiguard"), printsValue: message.includes(value) };
}

const withPhiguard = phiguardFolder + path.delimiter + process.env.PATH;
await call("Read .env", "Read", { path: path.join(repository, ".env") }, withPhiguard);
await call("Read a restricted file", "Read", { path: path.join(repository, "src/phi/patients.py") }, withPhiguard);
await call("Bash cat of a file with an SSN", "Bash", { cmd: "cat docs/visit.txt", cwd: repository }, withPhiguard);
await call("edit_file writing an SSN", "edit_file", { path: path.join(repository, "notes.md"), old_str: "x", new_str: `SSN ${value}` }, withPhiguard);
await call("create_file with an SSN", "create_file", { path: path.join(repository, "notes.md"), content: `SSN ${value}\n` }, withPhiguard);
await call("Bash ls", "Bash", { cmd: "ls src" }, withPhiguard);
await call("Read README.md", "Read", { path: path.join(repository, "README.md") }, withPhiguard);
await call("Read without phiguard", "Read", { path: path.join(repository, "README.md") }, "/nonexistent");
console.log(JSON.stringify(results));
