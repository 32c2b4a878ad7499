#!/bin/bash
# Shell completion as a user gets it: the bash script that `irm completion bash`
# writes is sourced and driven the way bash drives it (COMP_WORDS, compgen);
# the zsh and fish scripts must at least parse, where those shells are installed.
# usage: completion.sh IRM
set -u
irm=$1
problems=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# `irm questionnaires --ids`, as the script calls it, is this irm.
mkdir "$work/bin" && ln -s "$(readlink -f "$irm")" "$work/bin/irm"
PATH="$work/bin:$PATH"

source <(irm completion bash) || { echo "the bash script does not load"; exit 1; }

# complete WORD... : the words typed so far, the last one being completed.
complete_words() {
    COMP_WORDS=(irm "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _irm
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
    local wanted=$1
    shift
    local got
    got=$(complete_words "$@")
    if [[ $got != "$wanted" ]]; then
        echo "irm $* <TAB>: got '$got', expected '$wanted'"
        problems=$((problems + 1))
    fi
}

mkdir "$work/case" && cd "$work/case" || exit 1
mkdir responses parts
touch responses/a.yaml freedonia.yaml freedonia.xlsx Notes.YML old.YML readme.txt

expect "validate" va
expect "schema split status summary" s
expect "--final --force --format" validate --f
expect "json sarif text" validate --format ''
expect "json text" status --format ''
expect "html" observations --format h
expect "en fr" template --lang ''
expect "fir-c1 som-c1 tip-c1 untoc-c1" template ''
expect "untoc-c1" schema u
expect "bash fish zsh" completion ''
# A response: YAML or workbook files, whatever the case of their ending, and directories.
expect "freedonia.xlsx freedonia.yaml" validate fr
expect "Notes.YML" observations x.yaml --notes N
expect "freedonia.xlsx" import fr
expect "parts responses" split -o ''
expect "old.YML" diff o
# An output file: any file.
expect "readme.txt responses" export -o r
expect "" validate --jobs ''

if command -v zsh >/dev/null; then
    irm completion zsh > "$work/_irm"
    zsh -n "$work/_irm" || { echo "the zsh script does not parse"; problems=$((problems + 1)); }
fi
if command -v fish >/dev/null; then
    irm completion fish > "$work/irm.fish"
    fish --no-execute "$work/irm.fish" || { echo "the fish script does not parse"; problems=$((problems + 1)); }
    # Loaded in fish, it offers the subcommands.
    offered=$(fish -c "source $work/irm.fish; complete -C 'irm val'" 2>&1)
    [[ $offered == validate* ]] || { echo "fish offers '$offered' for 'irm val'"; problems=$((problems + 1)); }
fi
exit $((problems > 0))
