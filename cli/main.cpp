// irm: the command line of the toolkit. Only wiring lives here.
#include "commands.hpp"
#include "common.hpp"

#include <irm/files.hpp>
#include <irm/yaml.hpp>

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <new>

using irm::operator""_key;

int main(int argc, char** argv) {
    CLI::App app{
        "irm: questionnaires of the review mechanism of the UN Convention against Transnational "
        "Organized Crime and its Protocols"};
    app.name("irm");
    app.set_version_flag("--version", irm::cli::version_text, "Print the version, the YAML reader and the built-in questionnaires");
    app.require_subcommand(1);

    // An interrupted command leaves no temporary file beside its output.
    irm::files::remove_pending_paths_on_signal();

    int status = 0;
    irm::cli::setup_validate(app, status);
    irm::cli::setup_lint(app, status);
    irm::cli::setup_schema(app, status);
    irm::cli::setup_status(app, status);
    irm::cli::setup_split(app, status);
    irm::cli::setup_merge(app, status);
    irm::cli::setup_observations(app, status);
    irm::cli::setup_summary(app, status);
    irm::cli::setup_export(app, status);
    irm::cli::setup_aggregate(app, status);
    irm::cli::setup_diff(app, status);
    irm::cli::setup_template(app, status);
    irm::cli::setup_import(app, status);
    irm::cli::setup_questionnaires(app, status);
    irm::cli::setup_completion(app, status);
    irm::cli::setup_manual(app, status);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "irm: %s (see irm --help)\n", e.what());
        return 2;
    } catch (const irm::cli::RunError& e) {
        std::fflush(stdout);
        std::fprintf(stderr, "irm: %s\n", e.what());
        return 2;
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "irm: %s\n", irm::cli::said("cli.error.out-of-memory"_key).c_str());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "irm: %s\n", irm::cli::said("cli.error.internal"_key, {{"what", e.what()}}).c_str());
        return 2;
    }
    if (std::fflush(stdout) != 0) {
        std::fprintf(stderr, "irm: %s\n", irm::cli::said("cli.error.output"_key).c_str());
        return 2;
    }
    return status;
}
