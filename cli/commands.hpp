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
/// `irm template`.
void setup_template(CLI::App& app, int& status);
/// `irm import`.
void setup_import(CLI::App& app, int& status);

}  // namespace irm::cli
