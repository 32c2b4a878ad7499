#include <irm/catalogue.hpp>
#include <irm/files.hpp>
#include <irm/questionnaire_loader.hpp>
#include <irm/registry.hpp>
#include <irm/text.hpp>
#include <irm/yaml.hpp>

#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace irm {

std::vector<std::string> Registry::environment_directories() {
    std::vector<std::string> directories;
    const char* value = std::getenv("IRM_QUESTIONNAIRES");
    if (!value) return directories;
    std::stringstream in(value);
    std::string directory;
    while (std::getline(in, directory, ':'))
        if (!directory.empty()) directories.push_back(directory);
    return directories;
}

Result<std::unique_ptr<Registry>> Registry::open(const Sources& sources) {
    auto registry = std::make_unique<Registry>();
    registry->shipped_ = sources.shipped;
    registry->language_ = sources.language;
    for (const auto& directory : sources.directories) {
        std::error_code ec;
        if (!std::filesystem::is_directory(directory, ec))
            return fail(message("registry.not-a-directory"_key, sources.language,
                                {{"directory", text::quoted(directory)}}));
        for (const auto& file : files::list(directory, {".yaml", ".yml"})) {
            Result<std::string> bytes = files::read(file);
            if (!bytes)
                return fail(message("registry.unreadable"_key, sources.language,
                                    {{"file", text::quoted(file)}, {"why", bytes.error()}}));
            if (auto entry = registry->load_entry(file, *bytes))
                registry->entries_.push_back(std::move(*entry));
        }
    }
    return registry;
}

std::optional<Registry::Entry> Registry::load_entry(const std::string& file, const std::string& bytes) const {
    const yaml::Document doc = yaml::Document::parse(bytes);
    LoadedQuestionnaire loaded = load_questionnaire(doc, file, language_);
    // Files of other formats may share the directory; they are not ours to judge.
    if (loaded.format != "irm-questionnaire/1") return std::nullopt;
    Entry entry;
    entry.file = file;
    if (loaded.questionnaire) {
        entry.id = loaded.questionnaire->id;
        entry.version = loaded.questionnaire->version;
    } else if (const yaml::Node* root = doc.root()) {
        const yaml::Node* id = root->find("id");
        const yaml::Node* version = root->find("version");
        if (id && id->is_scalar()) entry.id = id->text;
        if (version && version->is_scalar()) entry.version = version->text;
    }
    entry.questionnaire = std::move(loaded.questionnaire);
    entry.findings = std::move(loaded.findings);
    return entry;
}

namespace {

/// The value of a top-level `key:` line, unquoted; empty when there is none.
/// Only a hint to pick which shipped file to parse: the parsed file decides.
std::string top_level_value(std::string_view text, std::string_view key) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (line.size() > key.size() && line.substr(0, key.size()) == key && line[key.size()] == ':') {
            std::string_view value = line.substr(key.size() + 1);
            if (const auto hash = value.find(" #"); hash != std::string_view::npos)
                value = value.substr(0, hash);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\r'))
                value.remove_suffix(1);
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front())
                value = value.substr(1, value.size() - 2);
            return std::string(value);
        }
        start = end + 1;
    }
    return {};
}

}  // namespace

void Registry::load_shipped(const std::string* id, const std::string* version) const {
    if (!shipped_) return;
    const auto& shipped = shipped_questionnaires();
    shipped_loaded_.resize(shipped.size(), false);
    for (std::size_t i = 0; i < shipped.size(); ++i) {
        if (shipped_loaded_[i]) continue;
        const std::string_view text(shipped[i].text, shipped[i].size);
        // Parsing a questionnaire costs milliseconds; parse only the one asked for.
        if (id && (top_level_value(text, "id") != *id || top_level_value(text, "version") != *version))
            continue;
        shipped_loaded_[i] = true;
        if (auto entry = load_entry(std::string("(shipped) ") + shipped[i].name, std::string(text)))
            entries_.push_back(std::move(*entry));
    }
}

const Registry::Entry* Registry::lookup(const std::string& id, const std::string& version) const {
    const auto search = [&]() -> const Entry* {
        for (const Entry& entry : entries_)
            if (entry.id == id && entry.version == version) return &entry;
        return nullptr;
    };
    if (const Entry* entry = search()) return entry;
    load_shipped(&id, &version);
    if (const Entry* entry = search()) return entry;
    load_shipped();
    return search();
}

const Questionnaire* Registry::find(const std::string& id, const std::string& version) const {
    std::lock_guard lock(mutex_);
    const Entry* entry = lookup(id, version);
    return entry ? entry->questionnaire.get() : nullptr;
}

bool Registry::has_id(const std::string& id) const {
    std::lock_guard lock(mutex_);
    load_shipped();
    for (const Entry& entry : entries_)
        if (entry.id == id) return true;
    return false;
}

std::optional<std::string> Registry::refusal(const std::string& id, const std::string& version,
                                             std::string_view language) const {
    std::lock_guard lock(mutex_);
    const Entry* entry = lookup(id, version);
    if (!entry || entry->questionnaire) return std::nullopt;
    int errors = 0;
    for (const Diagnostic& d : entry->findings)
        if (d.severity == Severity::Error) ++errors;
    return message(errors == 1 ? "registry.refused.one"_key : "registry.refused.other"_key, language,
                   {{"file", entry->file}, {"count", std::to_string(errors)}});
}

std::vector<const Questionnaire*> Registry::all() const {
    std::lock_guard lock(mutex_);
    load_shipped();
    std::vector<const Questionnaire*> usable;
    for (const Entry& entry : entries_) {
        if (!entry.questionnaire) continue;
        bool shadowed = false;
        for (const Questionnaire* q : usable)
            shadowed = shadowed || (q->id == entry.id && q->version == entry.version);
        if (!shadowed) usable.push_back(entry.questionnaire.get());
    }
    return usable;
}

std::vector<Registry::Listed> Registry::listing() const {
    std::lock_guard lock(mutex_);
    load_shipped();
    std::vector<Listed> out;
    for (const Entry& entry : entries_) {
        Listed listed{entry.id, entry.version, entry.file, entry.file.rfind("(shipped) ", 0) == 0,
                      entry.questionnaire.get(), false};
        for (const Listed& earlier : out)
            listed.shadowed = listed.shadowed || (earlier.questionnaire && earlier.id == entry.id &&
                                                  earlier.version == entry.version);
        out.push_back(std::move(listed));
    }
    return out;
}

std::vector<Diagnostic> Registry::problems() const {
    std::lock_guard lock(mutex_);
    std::vector<Diagnostic> all;
    for (const Entry& entry : entries_)
        if (!entry.questionnaire)
            for (const Diagnostic& d : entry.findings)
                if (d.severity == Severity::Error) all.push_back(d);
    return all;
}

}  // namespace irm
