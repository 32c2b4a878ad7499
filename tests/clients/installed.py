#!/usr/bin/env python3
"""irm installed as a Debian tool: `cmake --install`, the .deb, the man pages.

usage: installed.py BUILD_DIR SOURCE_DIR {install|deb|man}

install  installs into a temporary prefix; the binary runs from there with no
         file beside it, every installed file is in the manifest and the
         manifest names nothing that is not installed.
deb      builds the package with CPack, unpacks it (dpkg-deb -x, the root-free
         equivalent of dpkg -i), checks its computed dependencies, that ldd finds
         every library, that it validates an example from another directory and
         that its man page renders; lintian, where installed, reports no error.
man      every page renders without a warning (groff -ww -z), every command has
         one, and every option --help shows is in its page.
"""
import glob
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def commands(irm):
    shown = run([irm, "--help"]).stdout
    part = shown.split("Subcommands:", 1)[1]
    return [line.split()[0] for line in part.splitlines() if line.strip()]


def installed(build, source):
    with tempfile.TemporaryDirectory() as prefix:
        done = run(["cmake", "--install", build, "--prefix", prefix])
        check(done.returncode == 0, "cmake --install failed: " + done.stderr)
        irm = os.path.join(prefix, "bin", "irm")
        version = run([irm, "--version"], cwd="/")
        check(version.returncode == 0 and "untoc-c1" in version.stdout, "the installed irm --version: " +
              version.stdout + version.stderr)
        files = set()
        for root, _, names in os.walk(prefix):
            files.update(os.path.join(root, n) for n in names)
        with open(os.path.join(build, "install_manifest.txt")) as f:
            manifest = set(line.strip() for line in f if line.strip())
        check(files == manifest, "installed files and the manifest differ: " +
              str(sorted(files ^ manifest)[:10]))
        for expected in ["bin/irm", "share/man/man1/irm.1.gz", "share/man/man1/irm-validate.1.gz",
                         "share/bash-completion/completions/irm", "share/zsh/vendor-completions/_irm",
                         "share/fish/vendor_completions.d/irm.fish", "share/irm/questionnaires/untoc-c1-2026.1.yaml",
                         "share/irm/schemas/untoc-c1.schema.json", "share/doc/irm/README.md"]:
            check(os.path.join(prefix, expected) in files, "not installed: " + expected)
        # The questionnaires are built in: the binary works alone, moved anywhere.
        with tempfile.TemporaryDirectory() as elsewhere:
            alone = os.path.join(elsewhere, "irm")
            shutil.copy(irm, alone)
            example = os.path.join(source, "examples", "freedonia-untoc-c1-final.yaml")
            checked = run([alone, "validate", example], cwd=elsewhere)
            check(checked.returncode == 0, "irm alone cannot validate an example: " + checked.stderr)


def man_text(page_path):
    env = dict(os.environ, MANWIDTH="100")
    env.pop("MAN_KEEP_FORMATTING", None)
    shown = run(["man", "-l", page_path], env=env)
    return shown.returncode, shown.stdout, shown.stderr


def deb(build, source):
    with tempfile.TemporaryDirectory() as work:
        made = run(["cpack", "-G", "DEB", "--config", os.path.join(build, "CPackConfig.cmake"), "-B", work])
        check(made.returncode == 0, "cpack failed: " + made.stdout[-2000:] + made.stderr)
        packages = glob.glob(os.path.join(work, "irm_*_amd64.deb")) + glob.glob(os.path.join(work, "irm_*.deb"))
        if not packages:
            problems.append("no irm_VERSION_ARCH.deb was built")
            return
        package = packages[0]
        depends = run(["dpkg-deb", "-f", package, "Depends"]).stdout
        for library in ["libfmt", "libpugixml", "libxlsxwriter", "libzip", "libstdc++6"]:
            check(library in depends, f"Depends does not name {library}: {depends}")
        check("libfyaml" in depends or "libyaml-cpp" in depends, "Depends names no YAML library: " + depends)
        root = os.path.join(work, "root")
        check(run(["dpkg-deb", "-x", package, root]).returncode == 0, "dpkg-deb -x failed")
        irm = os.path.join(root, "usr", "bin", "irm")
        libraries = run(["ldd", irm]).stdout
        check("not found" not in libraries, "ldd: a library is not found:\n" + libraries)
        example = os.path.join(source, "examples", "freedonia-untoc-c1-final.yaml")
        checked = run([irm, "validate", example], cwd=work)
        check(checked.returncode == 0, "the packaged irm cannot validate an example: " + checked.stderr)
        page = os.path.join(root, "usr", "share", "man", "man1", "irm-validate.1.gz")
        status, text, errors = man_text(page)
        check(status == 0 and "--report" in text and not errors.strip(),
              "man irm-validate from the package: " + errors)
        if shutil.which("lintian"):
            report = run(["lintian", "--tag-display-limit", "0", package])
            errors = [line for line in report.stdout.splitlines() if line.startswith("E:")]
            check(not errors, "lintian reports errors:\n" + "\n".join(errors))


def man(build, irm):
    pages = os.path.join(build, "share", "man", "man1")
    for command in commands(irm):
        page = os.path.join(pages, f"irm-{command}.1")
        if not os.path.exists(page):
            problems.append(f"no man page for irm {command}")
            continue
        warnings = run(["groff", "-ww", "-z", "-man", page])
        check(not warnings.stderr.strip() and warnings.returncode == 0,
              f"groff warns on irm-{command}.1: {warnings.stderr}")
        status, text, errors = man_text(page)
        check(status == 0 and not errors.strip(), f"man -l irm-{command}.1: {errors}")
        flat = text.replace("\u2010", "-").replace("\u2011", "-")
        help_text = run([irm, command, "--help"]).stdout
        for option in sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", help_text.split("Options:", 1)[-1]))):
            check(option in flat, f"irm-{command}.1 does not describe {option}, which --help shows")
        for section in ["SYNOPSIS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "EXAMPLES"]:
            check(section in text, f"irm-{command}.1 has no {section}")
    main = os.path.join(pages, "irm.1")
    warnings = run(["groff", "-ww", "-z", "-man", main])
    check(not warnings.stderr.strip(), "groff warns on irm.1: " + warnings.stderr)
    status, text, _ = man_text(main)
    for command in commands(irm):
        check(f"irm-{command}(1)" in text.replace("\u2010", "-"), f"irm(1) does not list irm-{command}(1)")
    with gzip.open(os.path.join(pages + "-gz", "irm.1.gz"), "rt") as f, open(main) as g:
        check(f.read() == g.read(), "the compressed irm.1 differs from irm.1")


def main(build, source, what):
    irm = os.path.join(build, "cli", "irm")
    if what == "install":
        installed(build, source)
    elif what == "deb":
        deb(build, source)
    else:
        man(build, irm)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
