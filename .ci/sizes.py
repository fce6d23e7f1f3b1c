#!/usr/bin/env python3
"""Main classes over 250 lines and methods over 40 lines, per module: python3 .ci/sizes.py [git-rev]

Counts the lines of each src/main Java file and of each method body (declaration to closing brace,
found by brace matching outside strings and comments). With a git revision, counts that revision's tree.
"""
import re
import subprocess
import sys

CLASS_LIMIT, METHOD_LIMIT = 250, 40
DECLARATION = re.compile(
    r"^\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\s+)*"
    r"(?:<[^>]+>\s+)?[\w<>\[\], ?.]+\s+(\w+)\s*\([^;{]*$|^\s*(?:public|protected|private)\s+(\w+)\s*\(")


def files(rev):
    if rev:
        names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev], capture_output=True, text=True).stdout
        for name in names.split():
            if "/src/main/" in name and name.endswith(".java"):
                yield name, subprocess.run(["git", "show", f"{rev}:{name}"], capture_output=True, text=True).stdout
    else:
        names = subprocess.run(["git", "ls-files", "*/src/main/*.java"], capture_output=True, text=True).stdout
        for name in names.split():
            with open(name, encoding="utf-8") as f:
                yield name, f.read()


def code_only(text):
    """The text with strings, chars, text blocks and comments blanked, lines kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text[i] == '"' or text[i] == "'":
            q, j = text[i], i + 1
            while j < n and text[j] != q and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(" " * (j + 1 - i)); i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i); j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2); j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        else:
            out.append(text[i]); i += 1
    return "".join(out)


def methods(text):
    lines = code_only(text).split("\n")
    for start, line in enumerate(lines):
        m = DECLARATION.match(line)
        if not m or re.match(r"^\s*(if|for|while|switch|return|new|else|catch|try)\b", line) or re.search(r"\b(record|class|interface|enum)\b", line):
            continue
        name = m.group(1) or m.group(2)
        depth, opened = 0, False
        for end in range(start, len(lines)):
            for ch in lines[end]:
                if ch == "{":
                    depth += 1; opened = True
                elif ch == "}":
                    depth -= 1
                elif ch == ";" and not opened and depth == 0:
                    break
            else:
                if opened and depth == 0:
                    yield name, end - start + 1
                    break
                continue
            break


def main():
    rev = sys.argv[1] if len(sys.argv) > 1 else None
    big_classes, long_methods = [], []
    for name, text in files(rev):
        count = text.count("\n")
        if count > CLASS_LIMIT:
            big_classes.append((count, name))
        for method, length in methods(text):
            if length > METHOD_LIMIT:
                long_methods.append((length, f"{name.rsplit('/', 1)[-1][:-5]}.{method}"))
    print(f"classes over {CLASS_LIMIT} lines: {len(big_classes)}")
    for count, name in sorted(big_classes, reverse=True):
        print(f"  {count:5d}  {name}")
    print(f"methods over {METHOD_LIMIT} lines: {len(long_methods)}")
    for length, name in sorted(long_methods, reverse=True):
        print(f"  {length:5d}  {name}")


main()
