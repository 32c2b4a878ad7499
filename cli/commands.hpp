// The subcommands: each file adds its own to the application.
#pragma once

#include <CLI/CLI.hpp>

namespace irm::cli {

/// `irm validate`; the command sets `status` to its exit status when it runs.
void setup_validate(CLI::App& app, int& status);
/// `irm lint`.
void setup_lint(CLI::App& app, int& status);
/// `irm schema`.
void setup_schema(CLI::App& app, int& status);
/// `irm status`.
void setup_status(CLI::App& app, int& status);
/// `irm split`.
void setup_split(CLI::App& app, int& status);
/// `irm merge`.
void setup_merge(CLI::App& app, int& status);
/// `irm observations`.
void setup_observations(CLI::App& app, int& status);
/// `irm summary`.
void setup_summary(CLI::App& app, int& status);
/// `irm export`.
void setup_export(CLI::App& app, int& status);
/// `irm aggregate`.
void setup_aggregate(CLI::App& app, int& status);
/// `irm diff`.
void setup_diff(CLI::App& app, int& status);
/// `irm template`.
void setup_template(CLI::App& app, int& status);
/// `irm import`.
void setup_import(CLI::App& app, int& status);
/// `irm completion SHELL`.
void setup_completion(CLI::App& app, int& status);
/// `irm manual DIR`, hidden: the man pages, written by the build.
void setup_manual(CLI::App& app, int& status);
/// `irm questionnaires`.
void setup_questionnaires(CLI::App& app, int& status);

/// What `irm --version` prints: the version, the YAML reader, and the built-in questionnaires.
std::string version_text();

}  // namespace irm::cli
