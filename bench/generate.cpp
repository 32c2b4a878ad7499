// Writes N synthetic responses to the shipped questionnaires, deterministic
// from a seed: every applicable question answered, tables of 5 to 20 rows,
// several citations and needs; one file in ten carries errors on purpose.
//
// usage: irm_bench_generate --out DIR --count N [--seed S]
#include <irm/files.hpp>
#include <irm/registry.hpp>
#include <irm/response.hpp>
#include <irm/response_check.hpp>
#include <irm/values.hpp>
#include <irm/yaml_writer.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using irm::QuestionType;

const std::vector<std::string> words{
    "the",      "law",       "court",         "offence",   "group",    "prosecution", "evidence",
    "penalty",  "criminal",  "code",          "article",   "provides", "that",        "any",
    "person",   "who",       "commits",       "organized", "crime",    "shall",       "be",
    "punished", "with",      "imprisonment",  "years",     "and",      "a",           "fine",
    "national", "authority", "investigation", "cases",     "were",     "opened",      "during",
    "period",   "judgment",  "appeal",        "ministry",  "justice"};

/// A generated table row, as the row_constraint reads it.
struct Row final : irm::expr::Environment {
    std::vector<std::pair<const irm::Column*, std::string>> cells;
    irm::expr::Value value(std::string_view name) const override {
        for (const auto& [column, text] : cells)
            if (column->id == name)
                return column->type == QuestionType::Integer || column->type == QuestionType::Number
                           ? irm::expr::Value::of(std::stod(text))
                           : irm::expr::Value::of(text);
        return {};
    }
    double count(std::string_view name) const override { return value(name).is_null() ? 0 : 1; }
    double column_sum(std::string_view, std::string_view) const override { return 0; }
};

class Generator {
public:
    explicit Generator(unsigned seed) : random_(seed) {}

    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    std::string sentence(std::size_t min_length, std::size_t max_length) {
        std::string text;
        const int count = between(8, 40);
        for (int i = 0; i < count || text.size() < min_length; ++i)
            text += (text.empty() ? "" : " ") + words[static_cast<std::size_t>(between(0, 39))];
        if (max_length && text.size() > max_length) text.resize(max_length);
        return text + (text.size() < max_length || !max_length ? "." : "");
    }

    std::string date(const irm::Bounds& b) {
        const int low = b.min_date ? std::atoi(b.min_date->substr(0, 4).c_str()) + 1 : 1995;
        const int high = b.max_date ? std::atoi(b.max_date->substr(0, 4).c_str()) - 1 : 2024;
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", between(low, std::max(low, high)), between(1, 12),
                      between(1, 28));
        return text;
    }

    long number(const irm::Bounds& b, long low, long high) {
        // Small counts dominate real statistics; they also let breakdowns add up.
        if (chance(50)) high = std::min(high, 40L);
        const long min = b.min ? static_cast<long>(*b.min) : low;
        const long max = b.max ? static_cast<long>(*b.max) : high;
        return std::uniform_int_distribution<long>(min, std::max(min, max))(random_);
    }

    std::string scalar(QuestionType type, const std::vector<irm::Choice>& choices, const irm::Bounds& b) {
        switch (type) {
            case QuestionType::Choice:
                return choices[static_cast<std::size_t>(between(0, static_cast<int>(choices.size()) - 1))]
                    .value;
            case QuestionType::Integer:
                return std::to_string(number(b, 0, 500));
            case QuestionType::Number:
                return std::to_string(number(b, 0, 100)) + "." + std::to_string(between(0, 9));
            case QuestionType::Date:
                return date(b);
            default:
                return sentence(b.min_length.value_or(0), b.max_length.value_or(0));
        }
    }

    /// One answer as YAML text after `key:`, starting with a space or a line break.
    std::string answer(const irm::Question& q) {
        const std::string pad = "    ";
        std::string out;
        switch (q.type) {
            case QuestionType::MultiChoice: {
                std::vector<std::string> values;
                for (const auto& c : q.choices)
                    values.push_back(c.value);
                std::shuffle(values.begin(), values.end(), random_);
                const std::size_t low = std::max<std::size_t>(1, q.bounds.min_count.value_or(1));
                const std::size_t high = std::min(values.size(), q.bounds.max_count.value_or(values.size()));
                values.resize(static_cast<std::size_t>(
                    between(static_cast<int>(low), static_cast<int>(std::max(low, high)))));
                out = " [";
                for (std::size_t i = 0; i < values.size(); ++i)
                    out += (i ? ", " : "") + values[i];
                return out + "]";
            }
            case QuestionType::Legislation: {
                const int count = between(2, 4);
                for (int i = 0; i < count; ++i)
                    out += "\n" + pad + "- title: Act on " + words[static_cast<std::size_t>(between(0, 39))] +
                           " " + std::to_string(between(1, 99)) + "\n" + pad + "  provision: art. " +
                           std::to_string(between(1, 400)) + "\n" + pad +
                           "  year: " + std::to_string(between(1980, 2024)) + "\n" + pad +
                           "  url: https://laws.example/act-" + std::to_string(between(1, 9999));
                return out;
            }
            case QuestionType::TaNeeds: {
                const int count = between(1, 3);
                for (int i = 0; i < count; ++i)
                    out += "\n" + pad +
                           "- category: " + irm::ta_categories()[static_cast<std::size_t>(between(0, 7))] +
                           "\n" + pad + "  description: " + irm::yaml::scalar(sentence(10, 0)) + "\n" + pad +
                           "  priority: " + irm::ta_priorities()[static_cast<std::size_t>(between(0, 2))];
                return out;
            }
            case QuestionType::Table: {
                const int low = std::max(5, static_cast<int>(q.bounds.min_count.value_or(5)));
                const int high = std::min(20, static_cast<int>(q.bounds.max_count.value_or(20)));
                const int rows = between(low, std::max(low, high));
                for (int r = 0; r < rows; ++r) {
                    // Draw the row again until its row_constraint holds, as real statistics add up.
                    Row row;
                    for (int attempt = 0; attempt < 200; ++attempt) {
                        row.cells.clear();
                        for (const auto& column : q.columns) {
                            if (!column.required && chance(10)) continue;
                            const std::string value =
                                column.id == "year" ? std::to_string(2000 + r)
                                                    : scalar(column.type, column.choices, column.bounds);
                            row.cells.emplace_back(&column, value);
                        }
                        if (!q.row_constraint || irm::expr::holds(q.row_constraint->expr, row)) break;
                    }
                    bool first = true;
                    for (const auto& [column, value] : row.cells) {
                        out +=
                            "\n" + pad + (first ? "- " : "  ") + column->id + ": " + irm::yaml::scalar(value);
                        first = false;
                    }
                }
                return out;
            }
            default:
                return " " + irm::yaml::scalar(scalar(q.type, q.choices, q.bounds));
        }
    }

private:
    std::mt19937 random_;
};

std::string render(const irm::Questionnaire& q, const std::string& state,
                   const std::vector<std::string>& answers, bool broken) {
    std::string out = "format: irm-response/1\nquestionnaire: " + q.id +
                      "\nversion: " + irm::yaml::scalar(q.version) + "\nstate: " + irm::yaml::scalar(state) +
                      "\nlanguage: " + q.languages.front() + "\nstatus: final\nanswers:\n";
    for (std::size_t i = 0; i < q.questions.size(); ++i)
        if (!answers[i].empty()) out += "  " + q.questions[i].id + ":" + answers[i] + "\n";
    if (broken) out += "  " + q.questions.back().id + "_typo: 1\n";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out;
    long count = 0;
    unsigned seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--out")
            out = argv[i + 1];
        else if (flag == "--count")
            count = std::atol(argv[i + 1]);
        else if (flag == "--seed")
            seed = static_cast<unsigned>(std::atol(argv[i + 1]));
    }
    if (out.empty() || count <= 0) {
        std::fprintf(stderr, "usage: irm_bench_generate --out DIR --count N [--seed S]\n");
        return 2;
    }
    const auto registry = irm::Registry::open({});
    if (!registry) {
        std::fprintf(stderr, "irm_bench_generate: %s\n", registry.error().c_str());
        return 2;
    }
    const auto questionnaires = (*registry)->all();
    std::filesystem::create_directories(out);
    for (long n = 0; n < count; ++n) {
        Generator g(seed * 1000003u + static_cast<unsigned>(n));
        const irm::Questionnaire& q = *questionnaires[static_cast<std::size_t>(n) % questionnaires.size()];
        const std::string state = "State " + std::to_string(n);
        std::vector<std::string> answers(q.questions.size());
        for (std::size_t i = 0; i < q.questions.size(); ++i)
            if (q.questions[i].type != QuestionType::Note) answers[i] = g.answer(q.questions[i]);
        // Drop answers to questions that do not apply, and redraw answers that
        // break a rule, until the response is clean.
        for (int round = 0; round < 50; ++round) {
            const irm::Response r =
                irm::check_response(render(q, state, answers, false), "generated", **registry);
            bool changed = false;
            for (std::size_t i = 0; i < q.questions.size(); ++i)
                if (!r.answers[i].applicable && !answers[i].empty()) {
                    answers[i].clear();
                    changed = true;
                }
            std::set<std::string> redraw;
            for (const auto& d : r.findings)
                if (!d.question.empty() && d.code != "IRM015" && d.code != "IRM013")
                    redraw.insert(d.question);
            for (const auto& id : redraw)
                if (const irm::Question* question = q.find(id)) {
                    answers[static_cast<std::size_t>(question - q.questions.data())] = g.answer(*question);
                    changed = true;
                }
            // An answer dropped above may make a follow-up required again.
            for (std::size_t i = 0; i < q.questions.size(); ++i)
                if (r.answers[i].applicable && r.answers[i].required && answers[i].empty() &&
                    q.questions[i].type != QuestionType::Note) {
                    answers[i] = g.answer(q.questions[i]);
                    changed = true;
                }
            if (!changed) break;
        }
        const bool broken = n % 10 == 9;
        if (broken) {
            // A value not in the list as well as the unknown id render() adds.
            for (std::size_t i = 0; i < q.questions.size(); ++i)
                if (q.questions[i].type == QuestionType::Choice && !answers[i].empty()) {
                    answers[i] = " not_a_choice";
                    break;
                }
        }
        // Named after the questionnaire, so a peer validator can take each group by a glob.
        char name[96];
        std::snprintf(name, sizeof name, "%s-%06ld.yaml", q.id.c_str(), n);
        if (const irm::Done written = irm::files::write_atomically(
                (std::filesystem::path(out) / name).string(), render(q, state, answers, broken));
            !written) {
            std::fprintf(stderr, "%s\n", written.error().c_str());
            return 2;
        }
    }
    return 0;
}
