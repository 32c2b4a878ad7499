#include <irm/catalogue.hpp>
#include <irm/export.hpp>
#include <irm/values.hpp>
#include <irm/yaml_writer.hpp>

#include "analysis/export_sinks.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include <unistd.h>

namespace irm {

std::string_view element_name(AnswerShape shape) {
    switch (shape) {
        case AnswerShape::Choice:
            return "choice";
        case AnswerShape::Selected:
            return "selected";
        case AnswerShape::Text:
            return "text";
        case AnswerShape::Integer:
            return "integer";
        case AnswerShape::Number:
            return "number";
        case AnswerShape::Date:
            return "date";
        case AnswerShape::Legislation:
            return "legislation";
        case AnswerShape::CourtCases:
            return "court_cases";
        case AnswerShape::Table:
            return "table";
        case AnswerShape::TaNeeds:
            return "ta_needs";
        case AnswerShape::Unreadable:
            return "unreadable";
    }
    return "unreadable";
}

std::string export_language(const Questionnaire& questionnaire, std::string_view wanted) {
    if (!wanted.empty() && questionnaire.has_language(wanted)) return std::string(wanted);
    return questionnaire.languages.empty() ? std::string("en") : questionnaire.languages.front();
}

namespace {

ExportedAnswer extract_answer(const Question& question, const AnswerState& answer,
                              std::string_view language) {
    ExportedAnswer out;
    out.question = &question;
    out.applicable = answer.applicable;
    // A note has no answer shape at all; an answer to one is carried like a malformed one.
    if (!answer.well_formed || question.type == QuestionType::Note) {
        out.shape = AnswerShape::Unreadable;
        out.text = exporting::unreadable_text(*answer.node);
        return out;
    }
    switch (question.type) {
        case QuestionType::Choice:
        case QuestionType::MultiChoice:
            out.shape = question.type == QuestionType::Choice ? AnswerShape::Choice : AnswerShape::Selected;
            for (const std::string& value : selected_values(answer))
                out.choices.push_back({value, choice_label(question.choices, value, language)});
            break;
        case QuestionType::Integer:
            out.shape = AnswerShape::Integer;
            out.text = scalar_text(answer);
            break;
        case QuestionType::Number:
            out.shape = AnswerShape::Number;
            out.text = scalar_text(answer);
            break;
        case QuestionType::Date:
            out.shape = AnswerShape::Date;
            out.text = scalar_text(answer);
            break;
        case QuestionType::Legislation:
            out.shape = AnswerShape::Legislation;
            out.citations = citations(answer);
            break;
        case QuestionType::CourtCases:
            out.shape = AnswerShape::CourtCases;
            out.cases = court_cases(answer);
            break;
        case QuestionType::TaNeeds:
            out.shape = AnswerShape::TaNeeds;
            out.needs = ta_needs(answer);
            break;
        case QuestionType::Table:
            out.shape = AnswerShape::Table;
            for (const auto& cells : table_cells(question, answer)) {
                std::vector<std::pair<std::string, std::string>> row;
                for (std::size_t i = 0; i < cells.size(); ++i)
                    if (!cells[i].empty()) row.emplace_back(question.columns[i].id, cells[i]);
                out.rows.push_back(std::move(row));
            }
            break;
        default:
            out.shape = AnswerShape::Text;
            out.text = scalar_text(answer);
            break;
    }
    return out;
}

}  // namespace

Submission extract_submission(const Response& response, std::string_view language) {
    Submission out;
    out.file = response.file;
    out.state = response.state.value_or("");
    out.questionnaire = response.questionnaire_id.value_or("");
    out.version = response.version.value_or("");
    out.language = response.language;
    out.status = response.status;
    out.errors = response.count(Severity::Error);
    out.warnings = response.count(Severity::Warning);
    out.findings = response.findings;
    if (!response.questionnaire) return out;
    const auto& questions = response.questionnaire->questions;
    for (std::size_t i = 0; i < questions.size() && i < response.answers.size(); ++i)
        if (response.answers[i].answered)
            out.answers.push_back(extract_answer(questions[i], response.answers[i], language));
    return out;
}

// ---------------------------------------------------------------------------
// Spools

namespace exporting {

namespace {

[[noreturn]] void temporary_failure(const std::string& what) {
    throw std::runtime_error("cannot " + what + " a temporary file: " + std::strerror(errno));
}

/// An unnamed temporary file in TMPDIR (or /tmp): it disappears with the process.
std::FILE* open_temporary() {
    const char* tmpdir = std::getenv("TMPDIR");
    const std::string directory = tmpdir && *tmpdir ? tmpdir : "/tmp";
    std::string pattern = directory + "/irm-export-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) temporary_failure("create");
    ::unlink(name.data());
    std::FILE* file = ::fdopen(fd, "w+b");
    if (!file) {
        ::close(fd);
        temporary_failure("open");
    }
    return file;
}

}  // namespace

Spool::~Spool() {
    if (file_) std::fclose(file_);
}

void Spool::append(std::string_view bytes) {
    if (bytes.empty()) return;
    if (!file_) file_ = open_temporary();
    if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) temporary_failure("write");
    size_ += bytes.size();
    dirty_ = true;
}

void Spool::flush() {
    if (!dirty_) return;
    if (std::fflush(file_) != 0) temporary_failure("write");
    dirty_ = false;
}

std::size_t Spool::read(std::uint64_t offset, char* out, std::size_t count) {
    if (!file_ || offset >= size_) return 0;
    flush();
    std::size_t done = 0;
    while (done < count) {
        const ssize_t n =
            ::pread(::fileno(file_), out + done, count - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            temporary_failure("read");
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    return done;
}

bool Spool::copy_to(std::FILE* out) {
    std::vector<char> buffer(1u << 16);
    for (std::uint64_t offset = 0; offset < size_;) {
        const std::size_t n = read(offset, buffer.data(), buffer.size());
        if (n == 0) temporary_failure("read");
        if (std::fwrite(buffer.data(), 1, n, out) != n) return false;
        offset += n;
    }
    return true;
}

bool SpoolReader::read(char* out, std::size_t count) {
    const std::size_t n = spool_.read(offset_, out, count);
    offset_ += n;
    return n == count;
}

void Sink::note(const std::string& text) {
    for (const auto& existing : notes)
        if (existing == text) return;
    notes.push_back(text);
}

// ---------------------------------------------------------------------------
// Documents made of groups: XML and JSON

void TextDocument::add(const Submission& submission, const Questionnaire& questionnaire,
                       const std::string& language) {
    auto [it, inserted] = groups_.try_emplace(GroupKey{questionnaire.id, questionnaire.version});
    Group& group = it->second;
    if (inserted) {
        group.state = start();
        group.spool.append(group_header(*group.state, questionnaire, language));
    }
    group.spool.append(this->submission(*group.state, submission));
    ++responses_;
}

bool TextDocument::copy_to(std::FILE* out) {
    if (!closed_)
        for (auto& [key, group] : groups_)
            group.spool.append(group_footer(*group.state));
    closed_ = true;
    const auto put = [out](const std::string& text) {
        return std::fwrite(text.data(), 1, text.size(), out) == text.size();
    };
    if (!put(prologue(responses_))) return false;
    bool first = true;
    for (auto& [key, group] : groups_) {
        if (!first && !put(separator())) return false;
        first = false;
        if (!group.spool.copy_to(out)) return false;
    }
    return put(epilogue(!groups_.empty()));
}

Done TextDocument::write(std::FILE* out) {
    if (!copy_to(out)) return fail("cannot write the output");
    return {};
}

Done TextDocument::write(const std::string& path) {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out) return fail("cannot write " + path + ": " + std::strerror(errno));
    const bool copied = copy_to(out);
    if (std::fclose(out) != 0 && copied) return fail("cannot write " + path + ": " + std::strerror(errno));
    if (!copied) return fail("cannot write " + path);
    return {};
}

std::string unreadable_text(const yaml::Node& node) {
    std::string out;
    switch (node.kind) {
        case yaml::Node::Kind::Null:
            break;
        case yaml::Node::Kind::Scalar:
            out = node.text;
            break;
        case yaml::Node::Kind::Sequence:
            out += '[';
            for (std::size_t i = 0; i < node.items.size(); ++i) {
                if (i) out += ", ";
                const yaml::Node& item = *node.items[i];
                out += item.is_scalar() ? yaml::scalar(item.text) : unreadable_text(item);
            }
            out += ']';
            break;
        case yaml::Node::Kind::Map:
            out += '{';
            for (std::size_t i = 0; i < node.pairs.size(); ++i) {
                if (i) out += ", ";
                out += unreadable_text(*node.pairs[i].key) + ": ";
                const yaml::Node& value = *node.pairs[i].value;
                out += value.is_scalar() ? yaml::scalar(value.text) : unreadable_text(value);
            }
            out += '}';
            break;
    }
    return out;
}

}  // namespace exporting

// ---------------------------------------------------------------------------
// The export

struct Export::Impl {
    ExportOptions options;
    std::unique_ptr<exporting::Sink> sink;
    std::size_t count = 0;
};

Export::Export(ExportOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    switch (impl_->options.format) {
        case ExportFormat::Xlsx:
            impl_->sink = exporting::make_xlsx_sink(impl_->options.words);
            break;
        case ExportFormat::Xml:
            impl_->sink = exporting::make_xml_sink(impl_->options.words);
            break;
        case ExportFormat::Json:
            impl_->sink = exporting::make_json_sink(impl_->options.words);
            break;
    }
}

Export::~Export() = default;

bool Export::add(const Response& response) {
    if (!response.questionnaire) return false;
    const Questionnaire& questionnaire = *response.questionnaire;
    const std::string& asked = impl_->options.language;
    const std::string language = export_language(questionnaire, asked.empty() ? impl_->options.words : asked);
    if (!asked.empty() && language != asked)
        impl_->sink->note(message("export.note.language"_key, impl_->options.words,
                                  {{"questionnaire", questionnaire.id},
                                   {"version", questionnaire.version},
                                   {"asked", asked},
                                   {"language", language}}));
    impl_->sink->add(extract_submission(response, language), questionnaire, language);
    ++impl_->count;
    return true;
}

std::size_t Export::size() const {
    return impl_->count;
}

Done Export::write(const std::string& path) {
    return impl_->sink->write(path);
}

Done Export::write(std::FILE* out) {
    return impl_->sink->write(out);
}

const std::vector<std::string>& Export::notes() const {
    return impl_->sink->notes;
}

}  // namespace irm
