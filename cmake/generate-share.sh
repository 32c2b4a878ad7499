#!/bin/sh
# Writes what irm installs beside its binary, from the binary itself, so that
# none of it can drift from the command-line definition or the questionnaires:
#   man/man1/*.1        the man pages (irm manual)
#   man/man1-gz/*.1.gz  the same, compressed as Debian installs them
#   completions/        bash, zsh and fish (irm completion)
#   schemas/            the JSON Schema of responses to each built-in questionnaire
#   doc/changelog.gz    the package's changelog, compressed as Debian wants it
# usage: generate-share.sh IRM DIRECTORY
set -eu
irm=$1
out=$2
rm -rf "$out"
mkdir -p "$out/man/man1-gz" "$out/completions" "$out/schemas"
"$irm" manual "$out/man/man1"
for page in "$out"/man/man1/*.1; do
  gzip -9 -n -c "$page" > "$out/man/man1-gz/$(basename "$page").gz"
done
"$irm" completion bash > "$out/completions/irm"
"$irm" completion zsh > "$out/completions/_irm"
"$irm" completion fish > "$out/completions/irm.fish"
for id in $("$irm" questionnaires --ids); do
  "$irm" schema "$id" -o "$out/schemas/$id.schema.json"
done
mkdir -p "$out/doc"
gzip -9 -n -c "$(dirname "$0")/../packaging/changelog" > "$out/doc/changelog.gz"
touch "$out/stamp"
