#!/usr/bin/env python3
"""Do two source files parse to the same sequence of token kinds? (tree-sitter, PyPI grammars)

    python same_tokens.py LANGUAGE ORIGINAL REDACTED [LANGUAGE ORIGINAL REDACTED ...]

LANGUAGE is python, typescript, swift or sql. For each triple prints one line of JSON:
{"file": ORIGINAL, "same": true|false, "errors": N, "detail": "..."} where `errors` counts ERROR or
MISSING nodes in the redacted parse that the original did not have. Token kinds are the types of
the leaves (a leaf's text is not compared: renames and markers change it by design).
"""
import json
import sys

import tree_sitter


def language(name):
    if name == "python":
        import tree_sitter_python as grammar
        return tree_sitter.Language(grammar.language())
    if name == "typescript":
        import tree_sitter_typescript as grammar
        return tree_sitter.Language(grammar.language_typescript())
    if name == "swift":
        import tree_sitter_swift as grammar
        return tree_sitter.Language(grammar.language())
    if name == "sql":
        import tree_sitter_sql as grammar
        return tree_sitter.Language(grammar.language())
    raise SystemExit(f"unknown language {name}")


def leaves(node, out, errors):
    if node.type == "ERROR" or node.is_missing:
        errors.append(node.type)
    if node.child_count == 0:
        out.append(node.type)
    for child in node.children:
        leaves(child, out, errors)


def kinds(parser, path):
    tree = parser.parse(open(path, "rb").read())
    out, errors = [], []
    leaves(tree.root_node, out, errors)
    return out, len(errors)


def main(arguments):
    for index in range(0, len(arguments), 3):
        name, original, redacted = arguments[index:index + 3]
        parser = tree_sitter.Parser(language(name))
        before, before_errors = kinds(parser, original)
        after, after_errors = kinds(parser, redacted)
        detail = ""
        if before != after:
            first = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), min(len(before), len(after)))
            detail = f"token {first}: {before[first:first + 3]} became {after[first:first + 3]}; lengths {len(before)} and {len(after)}"
        print(json.dumps({"file": original, "same": before == after, "errors": max(0, after_errors - before_errors),
                          "detail": detail}))


if __name__ == "__main__":
    main(sys.argv[1:])
