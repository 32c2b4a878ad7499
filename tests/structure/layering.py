#!/usr/bin/env python3
"""The layering of lib/, checked from its #include lines (ARCHITECTURE.md).

usage: layering.py --root REPOSITORY

Every file under lib/src/<folder>/ belongs to that folder; every public header
lib/include/irm/<name>.hpp names its folder on its first line ("// model/: ...").
The check fails, with one line per problem, on:
  - a source file directly in lib/src/, or a folder that is not one of the eight;
  - a public header whose first line names no folder;
  - an include of an irm header that does not exist;
  - an edge a folder may not take: upward, sideways (io/ and render/ never include
    each other; fill/, review/ and analysis/ never include each other), or to a
    library the folder must not know (base/ knows only the standard library and fmt);
  - a circle of includes between files;
  - a folder's CMakeLists.txt that does not list exactly the .cpp files beside it,
    or any file(GLOB) for sources of lib/.
"""
import argparse
import os
import re
import sys

# What each folder may include, besides itself.
MAY_USE = {
    "base": set(),
    "io": {"base"},
    "render": {"base"},
    "model": {"base", "io"},
    "check": {"base", "io", "model"},
    "fill": {"base", "io", "render", "model", "check"},
    "review": {"base", "io", "render", "model", "check"},
    "analysis": {"base", "io", "render", "model", "check"},
}

# Libraries beyond the standard one, by the folders that may know them. A header
# that is not listed here and is not the standard library's is a problem.
LIBRARIES = {
    "fmt/": set(MAY_USE),
    "yaml-cpp/": {"io"},
    "libfyaml.h": {"io"},
    "zip.h": {"io", "render"},
    "pugixml.hpp": {"io", "render", "fill", "review", "analysis"},
    "xlsxwriter.h": {"render", "fill", "analysis"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
FOLDER_LINE = re.compile(r"^// ([a-z]+)/: ")


def is_standard(header):
    # The C++ standard headers have no extension; the C and POSIX ones we use are few.
    return "." not in header or header in {
        "unistd.h", "fcntl.h", "sys/stat.h", "sys/types.h", "sys/wait.h", "signal.h", "errno.h",
        "fnmatch.h", "dirent.h", "time.h", "stdio.h", "string.h",
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    args = parser.parse_args()
    lib = os.path.join(args.root, "lib")
    src = os.path.join(lib, "src")
    public = os.path.join(lib, "include", "irm")
    problems = []

    folder_of = {}  # repository-relative path -> folder
    unplaced = set()  # public headers whose folder is not named
    for name in sorted(os.listdir(src)):
        path = os.path.join(src, name)
        if os.path.isfile(path):
            if name.endswith((".cpp", ".hpp")):
                problems.append(f"lib/src/{name}: a source directly in lib/src; put it in its folder")
            continue
        if name not in MAY_USE:
            problems.append(f"lib/src/{name}/: not one of the folders of ARCHITECTURE.md")
            continue
        for dirpath, _, files in os.walk(path):
            for f in files:
                if f.endswith((".cpp", ".hpp")):
                    folder_of[os.path.relpath(os.path.join(dirpath, f), args.root)] = name
    for name in sorted(os.listdir(public)):
        if not name.endswith(".hpp"):
            continue
        rel = f"lib/include/irm/{name}"
        with open(os.path.join(public, name), encoding="utf-8") as f:
            match = FOLDER_LINE.match(f.readline())
        if not match or match.group(1) not in MAY_USE:
            problems.append(f"{rel}:1: the first line must name the header's folder, as '// model/: ...'")
            unplaced.add(rel)
            continue
        folder_of[rel] = match.group(1)

    edges = {}  # file -> files it includes
    for rel, folder in sorted(folder_of.items()):
        with open(os.path.join(args.root, rel), encoding="utf-8") as f:
            text = f.read()
        edges[rel] = []
        for match in INCLUDE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            bracket, header = match.groups()
            if header.startswith("irm/"):
                target = f"lib/include/{header}"
            elif bracket == '"' and header.split("/")[0] in MAY_USE:
                target = f"lib/src/{header}"
            elif bracket == '"':
                problems.append(f"{rel}:{line}: include private headers by their path from lib/src: {header}")
                continue
            else:
                known = next((lib_ for lib_ in LIBRARIES if header.startswith(lib_)), None)
                if known:
                    if folder not in LIBRARIES[known]:
                        problems.append(f"{rel}:{line}: {folder}/ may not know {header}")
                elif not is_standard(header):
                    problems.append(f"{rel}:{line}: {header} is no library irm's folders know")
                continue
            if target in unplaced:
                continue
            if target not in folder_of:
                problems.append(f"{rel}:{line}: {header} does not exist")
                continue
            to = folder_of[target]
            if to != folder and to not in MAY_USE[folder]:
                way = "sideways" if not (folder in MAY_USE[to]) else "upward"
                problems.append(f"{rel}:{line}: {folder}/ includes {header} of {to}/ ({way})")
            edges[rel].append(target)

    # Circles between files: an iterative depth-first search.
    state = {}
    for start in sorted(edges):
        if state.get(start):
            continue
        stack = [(start, iter(edges[start]))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                circle = path[path.index(child):] + [child]
                problems.append("include circle: " + " -> ".join(circle))
            elif not state.get(child):
                state[child] = 1
                stack.append((child, iter(edges.get(child, []))))
                path.append(child)

    # Each folder lists its own sources.
    for folder in MAY_USE:
        directory = os.path.join(src, folder)
        lists = os.path.join(directory, "CMakeLists.txt")
        if not os.path.isfile(lists):
            problems.append(f"lib/src/{folder}/CMakeLists.txt is missing")
            continue
        with open(lists, encoding="utf-8") as f:
            listed = set(re.findall(r"([A-Za-z0-9_]+\.cpp)", f.read()))
        present = {f for f in os.listdir(directory) if f.endswith(".cpp")}
        for name in sorted(present - listed):
            problems.append(f"lib/src/{folder}/CMakeLists.txt does not list {name}")
        for name in sorted(listed - present):
            problems.append(f"lib/src/{folder}/CMakeLists.txt lists {name}, which is not there")
    for dirpath, _, files in os.walk(lib):
        if "CMakeLists.txt" in files:
            with open(os.path.join(dirpath, "CMakeLists.txt"), encoding="utf-8") as f:
                if re.search(r"file\s*\(\s*GLOB[^)]*\.(cpp|hpp)", f.read()):
                    problems.append(f"{os.path.relpath(dirpath, args.root)}/CMakeLists.txt globs for sources")

    for p in problems:
        print(p)
    print(f"{len(folder_of)} files, {sum(len(v) for v in edges.values())} includes of irm headers, "
          f"{len(problems)} problem{'s' if len(problems) != 1 else ''}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
