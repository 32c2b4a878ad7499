// irm validate: check responses against their questionnaires, one file or a
// whole cycle's submissions in parallel, with reports for the secretariat.
#include "commands.hpp"
#include "common.hpp"
#include "render.hpp"
#include "report.hpp"
#include "sarif.hpp"

#include <irm/files.hpp>
#include <irm/response.hpp>
#include <irm/response_file.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <unistd.h>

namespace irm::cli {

namespace {

struct ValidateOptions {
    bool final = false;
    bool strict = false;
    Format format = Format::Text;
    unsigned jobs = 0;  ///< 0: one per core
    std::string report;
    bool force = false;
    std::vector<std::string> questionnaires;
    std::vector<std::string> paths;
    std::string language;  ///< --lang: the language of the messages
};

FileResult validate_one(const std::string& file, const Registry& registry, const CheckOptions& options) {
    Response response = load_response(file, registry, options);
    FileResult result;
    result.file = file;
    result.questionnaire = response.questionnaire_id;
    result.version = response.version;
    result.state = response.state;
    result.status = response.status;
    result.language = response.language;
    result.errors = response.count(Severity::Error);
    result.warnings = response.count(Severity::Warning);
    if (response.questionnaire) result.percent = completion(response).percent();
    result.source = response.document.shared_source();
    result.findings = std::move(response.findings);
    // The status in the report is the file's own word, even when it is not a valid one.
    if (!result.status && response.document.root() && response.document.root()->is_map())
        if (const yaml::Node* status = response.document.root()->find("status");
            status && status->is_scalar())
            result.status = status->text;
    return result;
}

/// A progress bar on stderr, redrawn at most ten times a second.
class Progress {
public:
    Progress(std::size_t total, bool shown) : total_(total), shown_(shown) {}
    void update(std::size_t done) {
        if (!shown_) return;
        const auto now = std::chrono::steady_clock::now();
        if (done < total_ && now - last_ < std::chrono::milliseconds(100)) return;
        last_ = now;
        constexpr std::size_t width = 30;
        const std::size_t filled = total_ ? done * width / total_ : width;
        std::fprintf(stderr, "\r[%s%s] %zu/%zu files", std::string(filled, '#').c_str(),
                     std::string(width - filled, '.').c_str(), done, total_);
        std::fflush(stderr);
    }
    void clear() {
        if (shown_) std::fprintf(stderr, "\r%*s\r", 60, "");
    }

private:
    std::size_t total_;
    bool shown_;
    std::chrono::steady_clock::time_point last_{};
};

/// Validates files on `jobs` threads and hands the results to `emit` in path
/// order. Workers stay at most a window of files ahead of the output, so
/// memory does not grow with the number of files.
template <typename Emit>
void validate_all(const std::vector<std::string>& inputs, const Registry& registry,
                  const CheckOptions& options, unsigned jobs, Emit&& emit) {
    if (jobs <= 1 || inputs.size() <= 1) {
        for (const auto& file : inputs)
            emit(validate_one(file, registry, options));
        return;
    }
    const std::size_t window = 4 * static_cast<std::size_t>(jobs);
    std::vector<std::optional<FileResult>> slots(inputs.size());
    std::mutex mutex;
    std::condition_variable changed;
    std::size_t next = 0, emitted = 0;
    bool stop = false;

    const auto work = [&] {
        for (;;) {
            std::size_t index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= inputs.size() || next < emitted + window; });
                if (stop || next >= inputs.size()) return;
                index = next++;
            }
            FileResult result = validate_one(inputs[index], registry, options);
            {
                std::lock_guard lock(mutex);
                slots[index] = std::move(result);
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i)
        workers.emplace_back(work);
    try {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            std::optional<FileResult> result;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return slots[i].has_value(); });
                result = std::move(slots[i]);
                slots[i].reset();
                emitted = i + 1;
            }
            changed.notify_all();
            emit(std::move(*result));
        }
    } catch (...) {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        changed.notify_all();
        for (auto& worker : workers)
            worker.join();
        throw;
    }
    for (auto& worker : workers)
        worker.join();
}

int run(const ValidateOptions& options) {
    const Wording wording = wording_of(options.language);
    auto registry = open_registry(options.questionnaires);
    std::size_t skipped = 0;
    const auto inputs = collect_inputs(options.paths, response_search_extensions(), &skipped);
    for (const auto& path : options.paths)
        if (std::find(inputs.begin(), inputs.end(), path) != inputs.end() &&
            ::access(path.c_str(), R_OK) != 0)
            throw RunError(said("cli.error.permission"_key, {{"file", path}}));
    std::unique_ptr<Report> report;
    if (!options.report.empty()) {
        for (const auto& input : inputs)
            if (files::same_file(input, options.report))
                throw RunError(said("cli.error.report-over-input"_key, {{"file", options.report}}));
        refuse_existing_output(options.report, options.force);
        report = Report::open(options.report, wording.general());
    }

    CheckOptions check;
    check.final = options.final;
    check.wording = wording;
    const bool colour = options.format == Format::Text && use_colour(stdout);
    std::optional<JsonReport> json;
    std::optional<SarifReport> sarif;
    if (options.format == Format::Json) json.emplace(stdout);
    if (options.format == Format::Sarif) sarif.emplace(stdout);
    Progress progress(inputs.size(), inputs.size() > 1 && ::isatty(::fileno(stderr)));
    const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());

    Summary summary;
    summary.skipped = skipped;
    // The closing line is in the responses' language when they all declare the same one.
    std::optional<std::string> common_language;
    bool one_language = true;
    validate_all(inputs, *registry, check, jobs, [&](FileResult result) {
        summary.add(result, options.strict);
        if (result.language) {
            if (!common_language) common_language = *result.language;
            one_language = one_language && *result.language == *common_language;
        }
        if (json)
            json->add(result);
        else if (sarif)
            sarif->add(result);
        else
            print_findings(stdout, result, colour);
        if (report) report->add(result);
        progress.update(static_cast<std::size_t>(summary.files));
    });
    progress.clear();
    if (json)
        json->finish(summary);
    else if (sarif)
        sarif->finish();
    else
        print_summary(stdout, summary, "response",
                      check.wording.about(one_language ? common_language.value_or("") : std::string()));
    if (report) report->finish(summary);
    const bool failed = summary.errors > 0 || (options.strict && summary.warnings > 0);
    return failed ? 1 : 0;
}

}  // namespace

void setup_validate(CLI::App& app, int& status) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* command = app.add_subcommand("validate", "Check responses against their questionnaires");
    command->add_flag("--final", options->final,
                      "Check every response as final: required questions must be answered");
    command->add_flag("--strict", options->strict, "Count warnings as errors for the exit status");
    add_findings_format_option(*command, options->format);
    add_message_language_option(*command, options->language);
    command->add_option("-j,--jobs", options->jobs, "Files checked at once, 1 to 256 (default: one per core)")
        ->type_name("N")
        ->check(CLI::Range(1u, 256u).description(""));
    command
        ->add_option("--report", options->report,
                     "Also write a report: .json (the JSON document), .csv (one row per file) or .xlsx "
                     "(Summary and Findings sheets)")
        ->type_name("FILE");
    add_force_option(*command, options->force);
    add_questionnaires_option(*command, options->questionnaires);
    add_response_paths(*command, options->paths);
    command->callback([options, &status] { status = run(*options); });
}

}  // namespace irm::cli
